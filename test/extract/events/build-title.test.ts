import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../../lib/extract/dates';
import type { ActorMention } from '../../../lib/extract/actors/types';
import { buildTitle } from '../../../lib/extract/events/build-title';
import { buildSummary } from '../../../lib/extract/events/build-summary';
import { datedHappenings } from '../../../lib/extract/events/dated-happenings';

const context = { referenceDate: '2024-06-01', referenceLabel: 'publication date', narrative: null, previousEvent: null, paragraph: 1 };

interface TitleOptions {
  /** The first words of the happening to title; by default the sentence's first. */
  happening?: string;
  clause?: { start: number; end: number };
  actors?: ActorMention[];
  /** The name a pronoun stands for, by pronoun. */
  antecedents?: Record<string, string>;
}

function title(sentence: string, options: TitleOptions = {}): string {
  const { items, tokens } = datedHappenings(sentence, findDates(sentence, context));
  const item = options.happening === undefined ? items[0] : items.find((dated) => dated.happening?.text.startsWith(options.happening!))!;
  const clause = options.clause ?? { start: 0, end: sentence.length };
  return buildTitle({ sentence, tokens, clause, happening: item.happening!, actors: options.actors ?? [], antecedent: (pronoun) => {
    const name = options.antecedents?.[pronoun];
    return name ? { name, slug: name.toLowerCase().replace(/\s+/g, '-') } : null;
  } }).text;
}

test('titles are built from the clause: subject, present-tense verb, object; no date, no raw sentence', () => {
  assert.equal(title('Then, a trade delegation headed by the minister went to Nairobi in June 2023.'), 'Trade delegation headed by the minister goes to Nairobi');
  assert.equal(title('In July 2022, the foreign minister met with rebel representatives in Doha.'), 'Foreign minister meets rebel representatives in Doha');
  assert.equal(title('The party was founded in 1987.'), 'Party founded');
  assert.equal(title('Unrest grew after the outbreak of the civil war in 2011.'), 'Outbreak of the civil war');
});

test('negative: evaluative words of the source stay out of a noun title', () => {
  assert.equal(title('The brutal attack on October 7, 2023 shocked the region.'), 'Attack shocks region');
  assert.equal(title('The brutal attack on the city on October 7, 2023 shocked the region.'), 'Attack on the city');
});

test('summaries drop opening connectors and end with a stop', () => {
  assert.equal(buildSummary('However, ultimately, the talks collapsed in May'), 'The talks collapsed in May.');
});

test('an infinitive has no subject: the object leads and the verb follows as a participle', () => {
  assert.equal(title('The decision to fire dozens of rockets from the hills on April 6, 2023 was taken there.'), 'Dozens of rockets fired from the hills');
  // Negative: a finite verb keeps its subject.
  assert.equal(title('The militia fired dozens of rockets from the hills on April 6, 2023.'), 'Militia fires dozens of rockets from the hills');
});

test('plural subjects take the plural verb; negative: names ending in s do not', () => {
  assert.equal(title('In 1980, the Iraqis launched attacks on the border.'), 'Iraqis launch attacks on the border');
  assert.equal(title('In 2019, Hamas launched attacks on the border.'), 'Hamas launches attacks on the border');
});

test('objects stop at first-person words of quoted speech and at time phrases', () => {
  assert.equal(title('In 1980, the Iraqis launched attacks from our western borders.'), 'Iraqis launch attacks');
  assert.equal(title('Velayati spoke to Haniyeh again just around two months ago in August 2023.'), 'Velayati speaks to Haniyeh');
});

test('an object a little over the limit is kept whole; negative: a long one is cut to eight words', () => {
  assert.equal(title('In 1990, Iran began to extend its patronage to the nascent Palestinian organization.'), 'Iran begins to extend its patronage to the nascent Palestinian organization');
  assert.equal(
    title('In 1990, Iran began to extend its patronage and its weapons and its money to the nascent Palestinian organization.'),
    'Iran begins to extend its patronage and its weapons',
  );
});

test('“and” inside a name or between named subjects is no boundary; negative: before a lower-case subject it is', () => {
  assert.equal(title('In July 2023, senior Quds Force and Hamas officials met.'), 'Senior Quds Force and Hamas officials meet');
  assert.equal(title('In July 2023, as the rain continued, the officials met.'), 'Officials meet');
});

test('the object runs on past a date right after the verb; a subject keeps its "at" or "over" phrase and agrees with its head', () => {
  assert.equal(title('Dock workers at the port voted on Thursday to end a three-week strike.'), 'Dock workers at the port vote to end a three-week strike');
  assert.equal(title('In 1979 a seven-week dispute over wages ended with the dismissal of the director.'), 'Seven-week dispute over wages ends with the dismissal of the director');
});

test('negative: a subject too long for a headline keeps its head, cut at a preposition outside a name, not a cut phrase', () => {
  assert.equal(title('The talks with the Federal Ministry of Labour and Employment over an unpaid wage increase collapsed last Friday.'), 'Talks collapse');
});

test('the subject is found across "on" and a date standing before the verb', () => {
  assert.equal(title('The regulator on Wednesday approved the vaccine.'), 'Regulator approves vaccine');
});

test('negative: "in" and a date ending a long subject do not let the subject jump to the phrase before them', () => {
  assert.notEqual(title('The appointment of a new leader in Gaza in May 2017 improved relations.').split(' ')[0], 'Gaza');
});

test('a name with "of" before an event noun stays whole; negative: "of" between common nouns is no part of the modifiers', () => {
  assert.equal(title('According to a 2020 Ministry of Labour report, wages rose.'), 'Ministry of Labour report');
  assert.equal(title('The board of directors report of 2021 was late.'), 'Directors report');
});

test('a past participle after the clause\'s first comma is a reduced relative, kept as written; a progressive is no passive', () => {
  assert.equal(title('The company, founded in 1998 as a developer, grew fast.'), 'Company founded');
  assert.equal(title('Jobs was born in San Francisco on February 24, 1955.'), 'Jobs born in San Francisco');
  assert.equal(title('Apple was gaining ground in March 2005.'), 'Apple gains ground');
});

test('negative: after a closing comma the participle is the main verb', () => {
  assert.equal(title('In April 2023, Omar Diaz, the union leader, announced a strike.'), 'Omar Diaz announces strike');
});

test('a bracketed acronym after the subject is skipped to find it', () => {
  assert.equal(title('The Vell Space Agency (VSA) said on Wednesday that its probe had entered orbit.'), 'Vell Space Agency says that its probe had entered orbit');
});

test('a clause cut right after its verb by the next clause\'s date keeps its object', () => {
  const sentence = 'The mission almost ended last year, when a faulty valve forced engineers to shut down a thruster in July.';
  const clause = { start: sentence.indexOf('when'), end: sentence.indexOf(' engineers') };
  assert.match(title(sentence, { happening: 'forced', clause }), /^Faulty valve forces engineers/);
});

test('negative: a that-clause cut before its verb is no object', () => {
  const sentence = 'On May 2, 2024, the minister stated that Vell "knew nothing" about it.';
  assert.equal(title(sentence, { clause: { start: 0, end: sentence.indexOf(' "knew') } }), 'Minister states');
});

test('an infinitive keeps the word governing it and its subject: a plan reads as a plan', () => {
  assert.equal(title('Talks are due to resume at the ministry in Vell on June 4.'), 'Talks due to resume at the ministry in Vell');
  assert.equal(title('The transaction is expected to close in 2026.'), 'Transaction expected to close');
});

test('negative: a first-person subject, or an "-ing" governing word that needs its auxiliary, is no such title', () => {
  assert.doesNotMatch(title('We are going to make history on June 4.'), /^We /);
  assert.doesNotMatch(title('The talks are going to resume on June 4.'), /Talks going to/);
});

test('a clause cut before its verb by a dated aside takes the subject before the aside', () => {
  const sentence = 'The company, founded in 1998 as a developer, bought the firm Solvik in March 2021.';
  const clause = { start: sentence.indexOf(', bought'), end: sentence.length };
  assert.equal(title(sentence, { happening: 'bought', clause }), 'Company buys firm Solvik');
});

test('a capitalised first word that is a plural noun in lower case takes the plural ("Talks break down"); negative: an actor\'s name does not', () => {
  assert.equal(title('Talks broke down on August 19.'), 'Talks break down');
  const jobs = { slug: 'steve-jobs', start: 0, end: 4, text: 'Jobs', rule: 'alias' };
  assert.equal(title('Jobs unveiled the phone on June 7, 2010.', { actors: [jobs] }), 'Jobs unveils phone');
});

test('an "and" inside one actor\'s name keeps the verb singular', () => {
  const sentence = 'The Vell Intelligence and Security Centre issued a report in October 2023.';
  const centre = { slug: 'visc', start: 4, end: sentence.indexOf(' issued'), text: 'Vell Intelligence and Security Centre', rule: 'alias' };
  assert.equal(title(sentence, { actors: [centre] }), 'Vell Intelligence and Security Centre issues report');
  assert.equal(title(sentence), 'Vell Intelligence and Security Centre issue report', 'negative: without the name, "and" joins two subjects');
});

test('an acronym subject that spells a relative pronoun stays the subject ("The WHO recommended")', () => {
  assert.equal(title('The WHO recommended the first malaria vaccine in October 2021.'), 'WHO recommends first malaria vaccine');
  assert.equal(title('Malaria killed an estimated 12,000 people in Kenya in 2022.'), 'Malaria kills estimated 12,000 people in Kenya');
});

test('a hyphenated word is one word: "by-election" is the won object and a whole subject', () => {
  assert.equal(title('Jane Roe won the Vell by-election on Thursday, taking 41 percent of the vote.'), 'Jane Roe wins Vell by-election');
  assert.equal(title('The by-election on May 15, 2024 drew a record turnout.'), 'By-election draws record turnout');
});

test('a past form right after its noun and before the clause\'s verb is a reduced relative: passive, never active', () => {
  assert.equal(title('A review published in 2020 recommended that the dam be rebuilt.'), 'Review published');
  assert.equal(title('A report released on Monday by the ministry showed that exports fell.'), 'Report released');
  assert.equal(title('Officials said on Monday the company broke the rules.'), 'Officials say company broke the rules', 'negative: a new subject after the date');
  assert.equal(title('The union called on members to strike on Monday.'), 'Union calls on members to strike', 'negative: an infinitive follows, no finite verb');
  assert.equal(title('The announcement came today at a special music event hosted by Acme.', { happening: 'came' }), 'Announcement comes', 'negative: a past tense that is no participle');
});

test('an infinitive hung on a noun is titled by the finite verb it hangs on, never as done', () => {
  assert.equal(title('Acme Water applied for permission to rebuild the spillway in 2021.'), 'Acme Water applies for permission to rebuild the spillway');
  assert.equal(title('She reported them to police on 3 May 2022.', { antecedents: { she: 'Jane Roe' } }), 'Jane Roe reports them to police');
  assert.equal(title('Talks are due to resume on Monday.'), 'Talks due to resume', 'negative: a governing adjective keeps the plan');
});

test('a description before an apposition that ends on an embedded phrase gives way to the name between the commas', () => {
  assert.equal(title('The last storm to bring a red warning to Vell, Storm Ada, hit in December 2021.'), 'Storm Ada hits');
  assert.equal(title('Jane Roe, the commander of the Vell Guard, visited the town on Monday.'), 'Jane Roe visits town', 'negative: a name before the apposition stays');
});

test('only a demonym ending in s is a plural name: "Hollis" is one person', () => {
  assert.equal(title('Gavin Hollis, the former director, pleaded guilty in January.'), 'Gavin Hollis pleads guilty');
  assert.equal(title('In 1980, the Iraqis launched attacks on the border.'), 'Iraqis launch attacks on the border');
});

test('quotation marks inside an object stay when the quotation closes in it; negative: a cut quotation loses its marks', () => {
  assert.equal(title('The chief executive blamed "years of regulatory indecision" in March.'), 'Chief executive blames "years of regulatory indecision"');
  assert.equal(
    title('In March, the chief executive blamed "years and years of regulatory indecision by the ministry and its many agencies and the courts".'),
    'Chief executive blames years and years of regulatory indecision',
  );
});

test('a possessive before an event noun names its owner, and the noun in a prepositional phrase takes no verb after it', () => {
  assert.equal(title('Roe, who led the council until his resignation in October 2022, denied all charges.', { happening: 'resignation', antecedents: { he: 'Ben Roe' } }), "Ben Roe's resignation");
  assert.equal(title('The resignation in October 2022 shocked the council.'), 'Resignation shocks council', 'negative: as the subject it does');
});

test('the subject of a verb after a relative clause between commas is the phrase before the clause', () => {
  assert.equal(
    title('The Vell Transport Union, which represents about 400,000 bus drivers and depot staff, walked off the job on Monday.'),
    'Vell Transport Union walks off the job',
  );
  assert.equal(title('In 2018 an earthquake in Vell, in neighbouring Acme Province, killed 4,000 people.'), 'Earthquake in Vell kills 4,000 people', 'negative: a prepositional phrase between commas is no apposition');
});

test('an adjective of time closes the object ("issued late on Wednesday"); a date in the genitive stays in a clause title', () => {
  assert.equal(title('The ministry issued a statement late on Wednesday.'), 'Ministry issues statement');
  assert.equal(title('The ministry issued late on Wednesday.'), 'Ministry issues');
});

test('a phrase after a preposition is the end of a longer subject; one conjunct of a coordinated subject is none', () => {
  assert.equal(title('Doctors in Vell reported the results on Monday.'), 'Doctors in Vell report results');
  assert.equal(title('The price for the phone was reduced to $199 on Monday.'), 'Price for the phone reduced to $199');
  assert.equal(
    title('The end of the war and the appointment of Jane Roe as the new leader of Acme in Vell in May 2017 improved relations.'),
    'Relations improved',
  );
});

test('a verb coordinated with an earlier one shares its subject and keeps its own voice', () => {
  assert.equal(title('The union rejected the offer on Monday and called a strike on Tuesday.', { happening: 'called' }), 'Union calls strike');
  assert.equal(title('Roe pleaded guilty in January and was given a suspended sentence in May.', { happening: 'given' }), 'Roe given suspended sentence');
  assert.equal(title('Acme is the maker of the best-sold phone and launched a music store on April 28, 2003.', { happening: 'launched' }), 'Acme launches music store');
  assert.equal(title('Police arrested two men who fled and hid in a barn on Monday.', { happening: 'hid' }), 'Two men hide in a barn');
});
