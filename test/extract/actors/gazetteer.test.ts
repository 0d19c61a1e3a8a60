import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { affiliationChain, createActorRecognizer, GazetteerError, parseGazetteer } from '../../../lib/extract/actors';

const VALID = `actors:
  - slug: iran
    name: Iran
    kind: state
    demonyms: [Iranian]
  - slug: irgc
    name: Islamic Revolutionary Guard Corps
    kind: organization
    aliases: [IRGC]
    affiliation: iran
  - slug: quds-force
    name: Quds Force
    kind: unit
    affiliation: irgc
  - slug: hossein-amir-abdollahian
    name: Hossein Amir-Abdollahian
    kind: person
    affiliation: iran
    roles:
      - { title: foreign minister, of: iran, from: 2021-08-25, to: 2024-05-19 }
`;

/** The VALID gazetteer with one line replaced (1-based), to plant an error at a known line. */
function withLine(line: number, text: string): string {
  const lines = VALID.split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
}

function rejects(yaml: string, pattern: RegExp): void {
  assert.throws(() => parseGazetteer(yaml, 'test.yaml'), (error: unknown) => {
    assert.ok(error instanceof GazetteerError);
    assert.match(error.message, pattern);
    return true;
  });
}

describe('parseGazetteer', () => {
  it('reads a valid gazetteer, filling optional lists', () => {
    const gazetteer = parseGazetteer(VALID, 'test.yaml');
    assert.equal(gazetteer.actors.length, 4);
    assert.deepEqual(gazetteer.actors[0].aliases, []);
    assert.equal(gazetteer.actors[0].affiliation, null);
    assert.deepEqual(gazetteer.actors[3].roles[0], { title: 'foreign minister', of: 'iran', from: '2021-08-25', to: '2024-05-19' });
  });

  it('reads a bare year as a date', () => {
    const gazetteer = parseGazetteer(withLine(20, '      - { title: foreign minister, of: iran, from: 2021 }'), 'test.yaml');
    assert.equal(gazetteer.actors[3].roles[0].from, '2021');
  });

  it('reads the media flag, false unless given', () => {
    assert.equal(parseGazetteer(VALID, 'test.yaml').actors[1].media, false);
    assert.equal(parseGazetteer(withLine(10, '    media: true'), 'test.yaml').actors[1].media, true);
  });

  it('names the line of a media flag that is not true or false', () => {
    rejects(withLine(10, '    media: sometimes'), /^test\.yaml:10: /);
  });

  it('names the line of an unknown field', () => {
    rejects(withLine(5, '    demonym: [Iranian]'), /^test\.yaml:5: unknown field 'demonym'/);
  });

  it('names the line of an unknown kind', () => {
    rejects(withLine(4, '    kind: country'), /^test\.yaml:4: unknown kind 'country'/);
  });

  it('names the line of a duplicate slug', () => {
    rejects(withLine(11, '  - slug: irgc'), /^test\.yaml:11: duplicate slug 'irgc'/);
  });

  it('names the line of an alias already used by another actor, whatever its spelling', () => {
    rejects(withLine(9, '    aliases: [IRGC, iran]'), /^test\.yaml:9: duplicate alias 'iran': already names 'iran'/);
    rejects(withLine(17, '    kind: person\n    aliases: [Quds-force]'), /^test\.yaml:18: duplicate alias 'Quds-force': already names 'quds-force'/);
  });

  it('names the line of an affiliation to an unknown slug', () => {
    rejects(withLine(14, '    affiliation: irgcc'), /^test\.yaml:14: affiliation 'irgcc' of 'quds-force' is not a known slug/);
  });

  it('names the line of a role of an unknown slug', () => {
    rejects(withLine(20, '      - { title: foreign minister, of: persia }'), /^test\.yaml:20: role 'foreign minister' .* 'persia', which is not a known slug/);
  });

  it('names the line of an affiliation cycle', () => {
    rejects(withLine(5, '    affiliation: quds-force'), /^test\.yaml:5: affiliation cycle: iran → quds-force → irgc → iran/);
  });

  it('names the line of a YAML syntax error', () => {
    rejects(withLine(9, '    aliases: [IRGC'), /^test\.yaml:(9|10): /);
  });

  it('names the line of a bad date', () => {
    rejects(withLine(20, '      - { title: foreign minister, of: iran, from: 2021-13-01 }'), /^test\.yaml:20: must be an ISO date/);
  });

  it('lists every problem, each with its line', () => {
    const yaml = withLine(14, '    affiliation: nowhere').replace('    kind: state', '    kind: nation');
    rejects(yaml, /^test\.yaml:4: unknown kind 'nation'/);
  });
});

describe('affiliationChain', () => {
  const gazetteer = parseGazetteer(VALID, 'test.yaml');

  it('follows affiliations nearest first', () => {
    assert.deepEqual(affiliationChain(gazetteer, 'quds-force'), ['quds-force', 'irgc', 'iran']);
    assert.deepEqual(affiliationChain(gazetteer, 'iran'), ['iran']);
  });

  it('is empty for an unknown slug', () => {
    assert.deepEqual(affiliationChain(gazetteer, 'atlantis'), []);
  });
});

describe('data/actors.yaml', () => {
  const file = new URL('../../../data/actors.yaml', import.meta.url);
  const gazetteer = parseGazetteer(readFileSync(file, 'utf8'), 'data/actors.yaml');
  const slugs = new Set(gazetteer.actors.map((actor) => actor.slug));

  it('parses and holds the slugs the corpus annotation uses', () => {
    const required = [
      'iran', 'israel', 'united-states', 'hamas', 'hezbollah', 'irgc', 'quds-force', 'unit-190', 'pij', 'houthis', 'idf',
      'syria', 'lebanon', 'iraq', 'qatar', 'egypt', 'saudi-arabia', 'jordan', 'european-union', 'united-nations', 'unrwa',
      'al-qassam-brigades', 'itic', 'ali-khamenei', 'ismail-haniyeh', 'osama-hamdan', 'esmail-qaani', 'saleh-al-arouri',
      'hossein-amir-abdollahian', 'ebrahim-raisi', 'ali-akbar-velayati', 'ali-akbar-ahmadian', 'hossein-salami',
      'yahya-sinwar', 'hassan-nasrallah', 'qasem-soleimani', 'mohammed-ismail-darwish', 'ahmad-alamolhoda',
      'ziad-al-nakhalah', 'bashar-al-assad', 'israel-katz', 'eyal-zamir', 'daniel-hagari', 'john-kirby', 'aharon-haliva',
      'donald-trump', 'khalil-al-hayya', 'muhammad-nasr', 'nizar-awadallah', 'abbas-araghchi', 'saddam-hussein',
      'wall-street-journal', 'jerusalem-post', 'sunday-telegraph', 'us-department-of-state', 'us-centcom',
      'supreme-national-security-council',
    ];
    assert.deepEqual(required.filter((slug) => !slugs.has(slug)), []);
  });

  it('has affiliation chains that terminate at an actor with no affiliation', () => {
    for (const actor of gazetteer.actors) {
      const chain = affiliationChain(gazetteer, actor.slug);
      assert.equal(new Set(chain).size, chain.length, `chain of ${actor.slug} repeats`);
      const last = gazetteer.actors.find((entry) => entry.slug === chain.at(-1));
      assert.equal(last?.affiliation, null, `chain of ${actor.slug} does not end at a root`);
    }
    assert.deepEqual(affiliationChain(gazetteer, 'unit-190'), ['unit-190', 'quds-force', 'irgc', 'iran']);
    assert.deepEqual(affiliationChain(gazetteer, 'idf'), ['idf', 'israel']);
    assert.deepEqual(affiliationChain(gazetteer, 'esmail-qaani'), ['esmail-qaani', 'quds-force', 'irgc', 'iran']);
  });
});

it('names that are never actors come from the gazetteer, and a group is a kind it accepts', () => {
  const gazetteer = parseGazetteer('notActors: [upper ruritania]\nactors:\n  - slug: ruritania\n    name: Ruritania\n    kind: state\n  - slug: the-front\n    name: The Front\n    kind: group\n', 'g.yaml');
  const recognizer = createActorRecognizer(gazetteer);
  assert.deepEqual(recognizer.recognize('Troops entered Upper Ruritania while Ruritania protested.', { date: null }).map((m) => m.slug), ['ruritania']);
  assert.equal(gazetteer.actors[1].kind, 'group');
});
