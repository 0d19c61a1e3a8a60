import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActorRecognizer, parseGazetteer } from '../../../lib/extract/actors';
import type { ActorRecognizer } from '../../../lib/extract/actors';
import { analyseText } from '../../../lib/extract/language';

// A small gazetteer of its own, so these rules are tested apart from the corpus's actors.
const gazetteer = parseGazetteer(
  `actors:
  - slug: qasem-soleimani
    name: Qasem Soleimani
    kind: person
    aliases: [Soleimani]
  - slug: iran
    name: Iran
    kind: state
    demonyms: [Iranian]
  - slug: example-council
    name: Example Council
    kind: organization
    aliases: [EC]
  - slug: maria-lopez-person
    name: Maria Lopez-Garcia
    kind: person
`,
  'test.yaml',
);

/** Reads the sentences as one article; each mention as `slug:text`. */
function read(...sentences: string[]): string[] {
  const recognizer = createActorRecognizer(gazetteer, { paragraphs: sentences });
  return sentences.flatMap((sentence) => recognizer.recognize(sentence, { date: null }).map((m) => `${m.slug}:${m.text}`));
}

/** One sentence as an article of its own, read with its parts of speech as a dated sentence is. */
function readTagged(sentence: string) {
  return createActorRecognizer(gazetteer, { paragraphs: [sentence] }).recognize(sentence, { date: null, analysis: analyseText(sentence) });
}

function readWith(recognizer: ActorRecognizer, sentence: string) {
  return recognizer.recognize(sentence, { date: null });
}

describe('discovery: a capital that opens a sentence', () => {
  it('negative: one capitalised word the article also writes in lower case names no one', () => {
    assert.deepEqual(read('Malaria killed 12,000 people last year.', 'A malaria vaccine was approved.'), []);
  });
  it('a word the article never writes in lower case still names the subject of a verb', () => {
    assert.deepEqual(read('Brightwater said it would buy the chain.'), ['brightwater:Brightwater']);
  });
});

describe('discovery: organisation words', () => {
  it('reads boards, trusts and funds as organisations, with no time or dangling connector after the name', () => {
    assert.deepEqual(read('The Poisons Board on Wednesday approved a grant from the Wellcome Trust.'), ['poisons-board:Poisons Board', 'wellcome-trust:Wellcome Trust']);
  });
});

describe('discovery: titles, organisation words, acronyms, verbs', () => {
  it('makes a titled name a person, with the title as evidence', () => {
    const recognizer = createActorRecognizer(gazetteer);
    const [mention] = readWith(recognizer, 'Defence Minister Jane Doe announced the budget.');
    assert.equal(mention.slug, 'jane-doe');
    assert.equal(mention.text, 'Defence Minister Jane Doe');
    assert.equal(recognizer.discovered('jane-doe')?.kind, 'person');
    assert.match(recognizer.discovered('jane-doe')!.evidence!, /Minister/);
    assert.deepEqual(read('The board named CEO John Roe to the post.'), ['john-roe:CEO John Roe']);
    assert.deepEqual(read('It thanked co-founder John Roe for the work.'), ['john-roe:John Roe']);
  });

  it('ends a titled name where a second titled phrase of the same person begins (a caption run into the text)', () => {
    assert.deepEqual(read('Orbis CEO Jane Roe Orbis Systems CEO and co-founder Jane Roe opened the fair.', 'Roe spoke.'), [
      'jane-roe:Orbis CEO Jane Roe',
      'orbis-systems:Orbis Systems',
      'jane-roe:Jane Roe',
      'jane-roe:Roe',
    ]);
    const recognizer = createActorRecognizer(gazetteer);
    readWith(recognizer, 'Example Council chair Ann Lee said so.');
    assert.deepEqual(readWith(recognizer, 'Spokesman Tom Ash Example Council Secretary Tom Ash said so.').map((m) => m.text)[0], 'Spokesman Tom Ash');
  });

  it('negative: a name after a title runs on when no title of a known owner follows it', () => {
    assert.deepEqual(read('Orbis CEO Jane Roe Orbis Systems spoke.'), ['jane-roe-orbis-systems:Orbis CEO Jane Roe Orbis Systems']);
    assert.deepEqual(read('Defence Minister Jane Doe Smith announced the budget.'), ['jane-doe-smith:Defence Minister Jane Doe Smith']);
  });

  it('negative: the seat after a title\'s "of" is no name of its own', () => {
    assert.ok(!read('The Friday Prayer Imam of Mashhad spoke on the radio.').some((mention) => mention.startsWith('of-')));
  });

  it('makes a name with an organisation word an organisation of that type', () => {
    const recognizer = createActorRecognizer(gazetteer);
    assert.deepEqual(readWith(recognizer, 'Example Airlines cancelled 40 flights.').map((m) => m.slug), ['example-airlines']);
    assert.equal(recognizer.discovered('example-airlines')?.kind, 'organization');
    assert.deepEqual(read('The Ministry of Defence denied it.'), ['ministry-of-defence:Ministry of Defence']);
    assert.deepEqual(read('Shares of Acme Inc. fell.'), ['acme:Acme Inc']);
  });

  it('joins an acronym defined in the text to its expansion', () => {
    assert.deepEqual(read('Officers of the Rapid Response Unit (RRU) were sent.', 'Later the RRU withdrew.'), [
      'rapid-response-unit:Rapid Response Unit',
      'rapid-response-unit:RRU',
      'rapid-response-unit:RRU',
    ]);
  });

  it('makes a name an actor when it is the subject of an agent verb, or named after "by" or "against"', () => {
    assert.deepEqual(read('NPD said sales rose.'), ['npd:NPD']);
    assert.deepEqual(read('The event was hosted by Globex in March.'), ['globex:Globex']);
    assert.deepEqual(read('A lawsuit against Initech was filed.'), ['initech:Initech']);
  });

  it('does not make a product or a thing acted upon an actor', () => {
    assert.deepEqual(read('The new Shuffle was introduced in January.'), []);
    assert.deepEqual(read('Spotlight integrates search in the core of the system.'), []);
    assert.deepEqual(read('Pre-orders began on Tuesday.'), []);
  });
});

describe('discovery: words that are not names', () => {
  it('ignores headline banners in capitals', () => {
    assert.deepEqual(read('BREAKING: Example Airlines cancelled all flights.'), ['example-airlines:Example Airlines']);
    assert.deepEqual(read('UPDATE said nothing new.'), []);
  });

  it('ignores capitals that only start a sentence', () => {
    assert.deepEqual(read('Despite the storm, the flights left.'), []);
    assert.deepEqual(read('Meanwhile said the market would rise.'), []);
    assert.deepEqual(read('However, nobody announced anything.'), []);
    assert.deepEqual(read('Analysts said prices would rise.'), []);
  });

  it('never makes a pronoun, a function word or an initial an actor', () => {
    assert.deepEqual(read('I said it was fine, and But said nothing.'), []);
    assert.deepEqual(read('Secretary of State James A. Baker said so.', 'A spokesman added nothing.'), ['james-a-baker:Secretary of State James A. Baker']);
  });

  it('never makes months, weekdays or holidays actors', () => {
    assert.deepEqual(read('The World Court Friday rejected the appeal.'), ['world-court:World Court']);
    assert.deepEqual(read('Monday said nothing.'), []);
    assert.deepEqual(read('In April announced nothing, and on Christmas Day the office closed.'), []);
    assert.deepEqual(read("Monday's announcement was brief."), []);
  });
});

describe('discovery: one actor per entity', () => {
  it('joins a full name and its later short forms', () => {
    assert.deepEqual(read('Maria Lopez said she would run.', 'Lopez announced it on Monday.', 'President Lopez signed the bill.', 'Ms Lopez declined to comment.'), [
      'maria-lopez:Maria Lopez',
      'maria-lopez:Lopez',
      'maria-lopez:President Lopez',
      'maria-lopez:Ms Lopez',
    ]);
  });

  it('leaves a short form unresolved when two full names share it', () => {
    assert.deepEqual(read('Maria Lopez said she would run.', 'Carlos Lopez said he would not.', 'Lopez announced the result.'), [
      'maria-lopez:Maria Lopez',
      'carlos-lopez:Carlos Lopez',
    ]);
  });

  it('reads a possessive name without its ending', () => {
    assert.deepEqual(read("Maria Lopez's lawyers said the case was closed."), ['maria-lopez:Maria Lopez']);
  });

  it('resolves "the airline" to the one airline named before, and not when there are two', () => {
    assert.deepEqual(read('Example Airlines cancelled flights.', 'The airline said storms were to blame.'), [
      'example-airlines:Example Airlines',
      'example-airlines:The airline',
    ]);
    assert.deepEqual(read('Example Airlines and Globex Airways cancelled flights.', 'The airline said storms were to blame.'), [
      'example-airlines:Example Airlines',
      'globex-airways:Globex Airways',
    ]);
  });

  it('gives the same name the same slug in different articles', () => {
    assert.deepEqual(read('Acme Inc. announced a phone.'), ['acme:Acme Inc']);
    assert.deepEqual(read('Acme said sales rose.'), ['acme:Acme']);
  });
});

describe('discovery: appositions naming a kind of body or an occupation', () => {
  it('makes a name an organisation before ", the … chain" and a person before ", the … sculptor"', () => {
    const recognizer = createActorRecognizer(gazetteer);
    assert.deepEqual(readWith(recognizer, 'Dalby Brothers, the Ohio department store chain, filed for bankruptcy.').map((m) => m.slug), ['dalby-brothers']);
    assert.equal(recognizer.discovered('dalby-brothers')?.kind, 'organization');
    assert.deepEqual(readWith(recognizer, 'Anna Varga, the Hungarian sculptor, died on Sunday.').map((m) => m.slug), ['anna-varga']);
    assert.equal(recognizer.discovered('anna-varga')?.kind, 'person');
  });

  it('does not make a name an actor before an apposition naming neither', () => {
    assert.deepEqual(read('Dalby Hall, the old brick building, burned down.'), []);
  });
});

describe('discovery: states from world-countries', () => {
  it('makes a state an actor where it acts', () => {
    const recognizer = createActorRecognizer(gazetteer);
    assert.deepEqual(readWith(recognizer, 'France signed the treaty.').map((m) => m.slug), ['france']);
    assert.equal(recognizer.discovered('france')?.kind, 'state');
    assert.match(recognizer.discovered('france')!.evidence!, /world-countries/);
    assert.deepEqual(read('Paris refused the offer.'), ['france:Paris']);
    assert.deepEqual(read('French officials said the talks would go on.'), ['france:French officials']);
  });

  it('makes a state the owner of a capitalised title after its possessive ("France’s Health Minister")', () => {
    assert.deepEqual(read('France’s Health Minister Anne Roux declared an emergency.'), ['france:France', 'anne-roux:Health Minister Anne Roux']);
    assert.deepEqual(read('France’s Social Affairs Minister Anne Roux visited the camp.').map((m) => m.split(':')[0]), ['france', 'anne-roux']);
  });

  it('does not make a state of a possessive before capitalised words with no title ("France’s Grand Prix")', () => {
    assert.deepEqual(read('He won France’s Grand Prix National in 1988.'), []);
  });

  it('does not make a place, a currency, a dateline or an adjective of origin a state actor', () => {
    assert.deepEqual(read('The summit in Paris ended early.'), []);
    assert.deepEqual(read('It sold for about US$2 billion.'), []);
    assert.deepEqual(read('It cost 9.99 US dollars.'), []);
    assert.deepEqual(read('PARIS, Jan 5 (Reuters) - The talks ended.'), []);
    assert.deepEqual(read('French wine sales rose.'), []);
  });
});

describe('discovery never overwrites the gazetteer', () => {
  it('reads a gazetteer name as the curated actor, with or without a title', () => {
    assert.deepEqual(read('General Qasem Soleimani said so.'), ['qasem-soleimani:General Qasem Soleimani']);
    assert.deepEqual(read('Iran signed the deal.'), ['iran:Iran']);
    assert.deepEqual(read('Iranian officials refused.'), ['iran:Iranian officials']);
  });

  it('takes an acronym the gazetteer lists as the curated actor it names', () => {
    assert.deepEqual(read('The Example Regional Council (EC) met.'), ['example-council:Example Regional Council', 'example-council:EC']);
  });

  it('gives a discovered actor whose slug a gazetteer actor has another slug', () => {
    const recognizer = createActorRecognizer(gazetteer);
    const [mention] = readWith(recognizer, 'Maria Lopez said she would run.');
    assert.equal(mention.slug, 'maria-lopez');
    assert.notEqual(recognizer.discovered('maria-lopez'), undefined);
    const clash = createActorRecognizer(parseGazetteer('actors:\n  - slug: maria-lopez\n    name: Maria Lopez Sr\n    kind: person\n', 'clash.yaml'));
    assert.deepEqual(readWith(clash, 'Maria Lopez said she would run.').map((m) => m.slug), ['maria-lopez-person']);
  });

  it('does not give a gazetteer surname to another man of that name', () => {
    assert.deepEqual(read('Ali Soleimani, a businessman, said the shop would close.', 'Soleimani added that rents rose.'), [
      'ali-soleimani:Ali Soleimani',
      'ali-soleimani:Soleimani',
    ]);
    assert.deepEqual(read('Qasem Soleimani met Ali Soleimani.', 'Soleimani said nothing.'), [
      'qasem-soleimani:Qasem Soleimani',
      'ali-soleimani:Ali Soleimani',
    ]);
    assert.deepEqual(read('Soleimani said nothing.'), ['qasem-soleimani:Soleimani']);
  });
});

describe('discovery: company words', () => {
  it('reads a two-word name ending in a company word as an organisation, not a person', () => {
    const recognizer = createActorRecognizer(gazetteer, { paragraphs: [] });
    recognizer.recognize('Nordwind Energy said on Tuesday it would cut jobs.', { date: null });
    assert.equal(recognizer.discovered('nordwind-energy')?.kind, 'organization');
  });
});

describe('discovery: what the tagger tells', () => {
  const tagged = (sentence: string) => readTagged(sentence).map((m) => `${m.slug}:${m.text}`);

  it('a name of several words before a past-tense verb the tagger finds is someone who acts', () => {
    assert.deepEqual(tagged('When Marta Benitez climbed onto a flatbed truck last month, the crowd cheered.'), ['marta-benitez:Marta Benitez']);
  });

  it('negative: not before "be", nor without the caller\'s tags, nor for one word', () => {
    assert.deepEqual(tagged('When Marta Benitez was in Asuncion last month, it rained.'), []);
    assert.deepEqual(read('When Marta Benitez climbed onto a flatbed truck last month, the crowd cheered.'), []);
    assert.deepEqual(tagged('Later Benitez climbed onto a flatbed truck.'), []);
  });

  it('a weekday never opens a name', () => {
    assert.deepEqual(read('On Thursday Vell Council officials said the plan failed.').filter((m) => /thursday/i.test(m)), []);
  });
});

describe('discovery: appositions and short names of organisations', () => {
  it('an organisation noun in apposition before "the" and a name makes it that organisation; a lone type word later is its short name', () => {
    assert.deepEqual(read("Vellmark's parliament, the Folkting, approved the budget.", '2021: Parliament passes the Tunnel Act.'), [
      'folkting:Folkting', 'folkting:Parliament',
    ]);
    assert.deepEqual(read('The Civic Front was founded in 2009 by farmers.', 'In 2018 the Front merged with a smaller party.'), [
      'civic-front:Civic Front', 'civic-front:the Front',
    ]);
  });

  it('negative: a type word opening the sentence, or with two organisations of its type named, is no short name', () => {
    assert.deepEqual(read("Vellmark's parliament, the Folkting, approved the budget.", 'Parliament passes the Tunnel Act.'), ['folkting:Folkting']);
    assert.deepEqual(
      read('The Civic Front and the Green Front were founded in 2009.', 'In 2018 the Front merged with a smaller party.'),
      ['civic-front:Civic Front', 'green-front:Green Front'],
    );
  });

  it('negative: a relative clause after a name is no apposition', () => {
    assert.deepEqual(read('Parliament passed the Skarvik Tunnel Act, which creates the state-owned company.'), []);
  });
});

describe('discovery: organisation names with portfolios', () => {
  it('an organisation\'s name runs over "and" after its "of"', () => {
    assert.deepEqual(read('Talks with the Federal Ministry of Labour and Employment collapsed, officials said.'), [
      'federal-ministry-of-labour-and-employment:Federal Ministry of Labour and Employment',
    ]);
  });

  it('negative: not without the "of", nor into a possessive', () => {
    assert.deepEqual(read('The Vell Council and Acme Corp signed the deal.'), ['vell-council:Vell Council', 'acme:Acme Corp']);
    assert.deepEqual(read("The Ministry of Defence and Vellmark's army signed the deal.")[0], 'ministry-of-defence:Ministry of Defence');
  });
});

describe('discovery: descriptions of organisations in other trades', () => {
  it('"the retailer" is the one chain named earlier; a foreign museum word names an institution', () => {
    assert.deepEqual(read('Marlo Stores, the Ohio department store chain, filed for bankruptcy.', 'The retailer missed a payment.'), [
      'marlo-stores:Marlo Stores', 'marlo-stores:The retailer',
    ]);
    assert.deepEqual(read('She gave her archive to the Musée Réattu in 2016.'), ['musee-reattu:Musée Réattu']);
  });

  it('negative: with two chains named, "the retailer" stays unresolved', () => {
    const mentions = read('Marlo Stores, a department store chain, and Vell Mart, a grocery chain, filed.', 'The retailer missed a payment.');
    assert.ok(!mentions.some((m) => m.endsWith(':The retailer')), mentions.join());
  });
});

describe('discovery: a body named before its head\'s lower-case title', () => {
  it('"Vell Athletic manager Jane Roe": the words before the title are an organisation', () => {
    assert.deepEqual(read('Vell Athletic manager Jane Roe praised her players.'), ['vell-athletic:Vell Athletic', 'jane-roe:Jane Roe']);
  });

  it('negative: no name after the title, or a title no head holds', () => {
    assert.deepEqual(read('Vell Athletic manager praised the players.'), []);
    assert.deepEqual(read('Vell Athletic striker Jane Roe scored twice.').filter((m) => m.startsWith('vell')), []);
  });
});

describe('discovery: a state that acts, as the tagger reads it', () => {
  const tagged = (sentence: string) => readTagged(sentence).map((m) => m.slug);

  it('a state before a past-tense verb acts ("Indonesia began a campaign")', () => {
    assert.deepEqual(tagged('Indonesia began a mass vaccination campaign on Monday.'), ['indonesia']);
  });

  it('negative: not before "was", nor as a place', () => {
    assert.deepEqual(tagged('Indonesia was hit by floods on Monday.'), []);
    assert.deepEqual(tagged('Floods began in Indonesia on Monday.'), []);
  });
});

describe('discovery: plural common nouns and names between commas', () => {
  it('negative: a plural common noun opening a sentence names no one, though the tagger takes it for a name', () => {
    assert.deepEqual(readTagged('Officials said on Monday the company broke the rules.').map((m) => m.slug), []);
  });
  it('a name between commas after a title or an organisation noun is what the noun describes', () => {
    assert.deepEqual(read('A council auditor, Jane Penrose, noticed the payments in 2022.'), ['jane-penrose:Jane Penrose']);
    assert.deepEqual(read('The national forecaster, Vell Met, issued a warning on Sunday.'), ['vell-met:Vell Met']);
  });
  it('negative: a place between commas after a noun that is neither is no actor', () => {
    assert.deepEqual(read('The storm reached the coast, Vellmouth, on Sunday.'), []);
  });
});
