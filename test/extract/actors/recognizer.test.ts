import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createActorRecognizer, parseGazetteer } from '../../../lib/extract/actors';

const gazetteer = parseGazetteer(readFileSync(new URL('../../../data/actors.yaml', import.meta.url), 'utf8'), 'data/actors.yaml');

type Date = { start: string; end: string } | null;

/** Each mention as `slug:text:rule`, read in one fresh article. */
function mentions(sentence: string, date: Date = null): string[] {
  return createActorRecognizer(gazetteer).recognize(sentence, { date }).map((m) => `${m.slug}:${m.text}:${m.rule}`);
}

function slugs(sentence: string, date: Date = null): string[] {
  return createActorRecognizer(gazetteer).recognize(sentence, { date }).map((m) => m.slug);
}

const JUNE_2023 = { start: '2023-06-01', end: '2023-06-30' };

describe('aliases and transliterations', () => {
  it('matches every spelling of an actor', () => {
    for (const [text, slug] of [
      ['Hizballah', 'hezbollah'], ['Hezbollah', 'hezbollah'], ['Hizbollah', 'hezbollah'],
      ['Ghaani', 'esmail-qaani'], ['Qaani', 'esmail-qaani'], ['Esmail Ghaani', 'esmail-qaani'], ['Ismail Qaani', 'esmail-qaani'],
      ['Usama Hamdan', 'osama-hamdan'], ['Osama Hamdan', 'osama-hamdan'],
      ['al-Arouri', 'saleh-al-arouri'], ['al Arouri', 'saleh-al-arouri'], ['al-‘Arouri', 'saleh-al-arouri'], ['Saleh al-ʿArouri', 'saleh-al-arouri'],
      ['Salah al-Arouri', 'saleh-al-arouri'], ['Isma’il Haniyeh', 'ismail-haniyeh'], ["Isma'il Haniyeh", 'ismail-haniyeh'],
      ['Hossein-Amir Abdollahian', 'hossein-amir-abdollahian'], ['Amir-Abdollahian', 'hossein-amir-abdollahian'],
      ['Iranian Revolutionary Guards Corps', 'irgc'], ['Revolutionary Guards', 'irgc'], ['IRGC', 'irgc'],
      ['Palestine Islamic Jihad', 'pij'], ['Islamic Jihad in Palestine', 'pij'], ['PIJ', 'pij'],
      ['Houthi movement', 'houthis'], ['Ansarullah', 'houthis'], ['the Islamic Republic', 'iran'], ['Islamic Republic of Iran', 'iran'],
      ['Yahya al-Sinwar', 'yahya-sinwar'], ['Sinwar', 'yahya-sinwar'], ['U.S.', 'united-states'], ['US', 'united-states'],
      ['United States', 'united-states'], ['America', 'united-states'], ['Khalil al-Haya', 'khalil-al-hayya'], ['the IDF', 'idf'],
      ['HEZBOLLAH', 'hezbollah'], ['Hizballāh', 'hezbollah'],
    ]) {
      assert.deepEqual(slugs(`Later ${text} said so.`), [slug], text);
    }
  });

  it('reports offsets and the text as written', () => {
    const sentence = 'Then, a Hamas delegation headed by Haniyeh went to Tehran in June.';
    const found = createActorRecognizer(gazetteer).recognize(sentence, { date: JUNE_2023 });
    assert.deepEqual(found.map((m) => [m.slug, m.start, m.end, m.text]), [
      ['hamas', 8, 24, 'Hamas delegation'],
      ['ismail-haniyeh', 35, 42, 'Haniyeh'],
    ]);
    for (const m of found) assert.equal(sentence.slice(m.start, m.end), m.text);
  });

  it('accepts possessives without including them', () => {
    assert.deepEqual(mentions('Hamas’s attacks, Iran\'s ambition and Hamas’ support'), [
      'hamas:Hamas:alias', 'iran:Iran:alias', 'hamas:Hamas:alias',
    ]);
    assert.deepEqual(mentions("the IRGC’s Quds Force"), ['irgc:IRGC:alias', 'quds-force:Quds Force:alias']);
  });

  it('splits hyphenated compounds into their actors', () => {
    assert.deepEqual(slugs('the Iran-Hamas relationship and Hamas-led terrorists'), ['iran', 'hamas', 'hamas']);
  });
});

describe('overlap and longest match', () => {
  it('keeps a unit and the corps it belongs to apart', () => {
    assert.deepEqual(mentions('the Quds Force of the Iranian Revolutionary Guards Corps (IRGC) has played a role'), [
      'quds-force:Quds Force:alias', 'irgc:Iranian Revolutionary Guards Corps:alias', 'irgc:IRGC:alias',
    ]);
  });

  it('reads "Palestinian Islamic Jihad" as one actor', () => {
    assert.deepEqual(mentions('Hamas and Palestinian Islamic Jihad (PIJ)'), [
      'hamas:Hamas:alias', 'pij:Palestinian Islamic Jihad:alias', 'pij:PIJ:alias',
    ]);
  });

  it('prefers the longer name', () => {
    assert.deepEqual(slugs('Israel’s Minister of Defense, Israel Katz, spoke', JUNE_2023), ['israel', 'israel-katz']);
    assert.deepEqual(slugs('a 2020 US Department of State report'), ['us-department-of-state']);
    assert.deepEqual(slugs('the United Nations Relief and Works Agency (UNRWA)'), ['unrwa', 'unrwa']);
    assert.deepEqual(slugs('the Assad regime’s crackdown'), ['syria']);
  });

  it('never returns overlapping mentions, and returns them in order', () => {
    const found = createActorRecognizer(gazetteer).recognize(
      'The delegation, which also included ‘Arouri, met with Iranian President Ebrahim Raisi, Supreme National Security Council secretary Ali Akbar Ahmadian, and IRGC commander Hossein Salami.',
      { date: JUNE_2023 },
    );
    for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end);
  });
});

describe('roles with tenure', () => {
  it('resolves the holder at the event date', () => {
    assert.deepEqual(mentions('the Iranian foreign minister met them', JUNE_2023), ['hossein-amir-abdollahian:Iranian foreign minister:role']);
    assert.deepEqual(mentions('Iran’s foreign minister spoke', { start: '2024-09-01', end: '2024-09-01' }), ['abbas-araghchi:Iran’s foreign minister:role']);
    assert.deepEqual(slugs('Iranian Foreign Minister said', { start: '2022-07-01', end: '2022-07-31' }), ['hossein-amir-abdollahian']);
  });

  it('falls back to the country when the date is unknown, unheld or ambiguous', () => {
    assert.deepEqual(mentions('the Iranian foreign minister met them'), ['iran:Iranian foreign minister:role']);
    assert.deepEqual(slugs('Iran’s foreign minister spoke', { start: '2024-06-01', end: '2024-06-30' }), ['iran']);
    assert.deepEqual(slugs('Iran’s foreign minister spoke', { start: '2024-01-01', end: '2024-12-31' }), ['iran']);
  });

  it('resolves "the Supreme Leader" to Khamenei, with or without a date', () => {
    assert.deepEqual(mentions('the Supreme Leader said'), ['ali-khamenei:the Supreme Leader:role']);
    assert.deepEqual(slugs('Iran’s Supreme Leader Ayatollah Ali Khamenei meets', JUNE_2023), ['ali-khamenei', 'ali-khamenei']);
  });

  it('resolves titles of organisations, before or after the name', () => {
    assert.deepEqual(slugs('IRGC commander Hossein Salami', JUNE_2023), ['hossein-salami', 'hossein-salami']);
    assert.deepEqual(slugs('Esmail Qaani, the commander of the Quds Force, visited', { start: '2023-04-01', end: '2023-04-07' }), ['esmail-qaani', 'esmail-qaani']);
    assert.deepEqual(slugs('the Quds Force commander, in January 2020', { start: '2019-06-01', end: '2019-06-01' }), ['qasem-soleimani']);
  });

  it('takes a sole holder still in office when the date is unknown', () => {
    assert.deepEqual(slugs('Israel’s Minister of Defense, Israel Katz, spoke'), ['israel-katz', 'israel-katz']);
  });

  it('keeps the owner the title names beside its holder; negative: none when the title resolves to the owner or names none', () => {
    const owners = (sentence: string, date: Date) => createActorRecognizer(gazetteer).recognize(sentence, { date }).map((m) => `${m.slug}<${m.owner ?? ''}`);
    assert.deepEqual(owners('Iran’s foreign minister spoke', { start: '2024-09-01', end: '2024-09-01' }), ['abbas-araghchi<iran']);
    assert.deepEqual(owners('Iranian Foreign Minister Hossein Amir-Abdollahian met them', JUNE_2023), ['hossein-amir-abdollahian<iran']);
    assert.deepEqual(owners('Esmail Qaani, the commander of the Quds Force, visited', { start: '2023-04-01', end: '2023-04-07' }), ['esmail-qaani<', 'esmail-qaani<quds-force']);
    assert.deepEqual(owners('Iran’s foreign minister spoke', { start: '2024-06-01', end: '2024-06-30' }), ['iran<']);
    assert.deepEqual(owners('the Supreme Leader said', null), ['ali-khamenei<']);
  });

  it('leaves a lower-case title without an owner alone', () => {
    assert.deepEqual(slugs('the president said'), []);
    assert.deepEqual(slugs('the foreign minister said'), []);
  });
});

describe('discourse references', () => {
  it('resolves "the delegation" to the organisation of the last delegation', () => {
    const recognizer = createActorRecognizer(gazetteer);
    recognizer.recognize('Then, a Hamas delegation headed by Haniyeh went to Tehran in June.', { date: JUNE_2023 });
    const found = recognizer.recognize('The delegation, which also included ‘Arouri, met with Iranian officials.', { date: JUNE_2023 });
    assert.deepEqual(found.map((m) => `${m.slug}:${m.text}:${m.rule}`), [
      'hamas:The delegation:reference', 'saleh-al-arouri:Arouri:alias', 'iran:Iranian officials:demonym-role',
    ]);
  });

  it('forgets the discourse on reset', () => {
    const recognizer = createActorRecognizer(gazetteer);
    recognizer.recognize('An Iranian delegation arrived.', { date: null });
    assert.deepEqual(recognizer.recognize('The delegation left.', { date: null }).map((m) => m.slug), ['iran']);
    recognizer.reset();
    assert.deepEqual(recognizer.recognize('The delegation left.', { date: null }), []);
  });

  it('resolves "the organization" to the last organisation named', () => {
    const recognizer = createActorRecognizer(gazetteer);
    recognizer.recognize('Hezbollah is considered the ally most committed to Iran.', { date: null });
    assert.deepEqual(recognizer.recognize('the terrorist organization’s leader spoke', { date: null }).map((m) => m.slug), ['hezbollah']);
  });

  it('resolves "the Iranians" to Iran', () => {
    assert.deepEqual(mentions('In addition, the Iranians spoke on the phone with Haniyeh'), [
      'iran:the Iranians:reference', 'ismail-haniyeh:Haniyeh:alias',
    ]);
  });
});

describe('metonymy', () => {
  it('reads a capital acting as its government', () => {
    assert.deepEqual(mentions('Tehran did not give an explicit order'), ['iran:Tehran:metonymy']);
    assert.deepEqual(mentions('Khamenei’s order highlights Tehran’s role'), ['ali-khamenei:Khamenei:alias', 'iran:Tehran:metonymy']);
    assert.deepEqual(slugs('the Trump administration must pressure Cairo into acting'), ['united-states', 'egypt']);
  });

  it('does not read a capital used as a place', () => {
    assert.deepEqual(slugs('a Hamas delegation in Tehran on Saturday'), ['hamas']);
    assert.deepEqual(slugs('Haniyeh went to Tehran in June'), ['ismail-haniyeh']);
    assert.deepEqual(slugs('a route from Tehran to Beirut’s airport'), []);
    assert.deepEqual(slugs('to participate in the Tehran Dialogue Forum'), []);
  });
});

describe('demonym roles', () => {
  it('reads a demonym and a role noun as the state', () => {
    assert.deepEqual(mentions('Iranian officials praised Hamas'), ['iran:Iranian officials:demonym-role', 'hamas:Hamas:alias']);
    assert.deepEqual(mentions('confirmed by Iranian state media'), ['iran:Iranian state media:demonym-role']);
    assert.deepEqual(mentions('Multiple Israeli officials have told The Jerusalem Post'), [
      'israel:Israeli officials:demonym-role', 'jerusalem-post:The Jerusalem Post:alias',
    ]);
    assert.deepEqual(mentions('A Hamas official stated'), ['hamas:Hamas official:demonym-role']);
    assert.deepEqual(slugs('US forces and American authorities'), ['united-states', 'united-states']);
  });

  it('reads a demonym before what a state carries out as the state', () => {
    assert.deepEqual(mentions('following the Saudi attack in Yemen'), ['saudi-arabia:Saudi attack:demonym-role']);
    assert.deepEqual(mentions('during the Syrian civil war'), ['syria:Syrian civil war:demonym-role']);
  });

  it('reads Israeli forces as the IDF', () => {
    assert.deepEqual(mentions('Israeli forces conduct operations'), ['idf:Israeli forces:alias']);
  });
});

describe('negatives', () => {
  it('ignores a demonym outside a role phrase', () => {
    assert.deepEqual(slugs('with American backing'), []);
    assert.deepEqual(slugs('the Syrian wine harvest'), []);
    assert.deepEqual(slugs('Iranian-backed efforts'), []);
  });

  it('ignores parts of names', () => {
    assert.deepEqual(slugs('the Islamic nation'), []);
    assert.deepEqual(slugs('Islamic Revolution'), []);
    assert.deepEqual(slugs('a call to jihad'), []);
    assert.deepEqual(slugs('Hamastan and Israelite'), []);
    assert.deepEqual(slugs('into Africa and Latin America'), []);
  });

  it('does not take "us" the pronoun for the United States', () => {
    assert.deepEqual(slugs('he told us that the un-American plan failed'), []);
  });

  it('does not join words across punctuation', () => {
    assert.deepEqual(slugs('in the United. States'), []);
  });
});

describe('determinism', () => {
  it('gives the same answer every time', () => {
    const sentence = 'Lebanese press reports revealed that Esmail Qaani, the commander of the Quds Force in Iran’s Islamic Revolutionary Guards Corps, visited Lebanon.';
    const date = { start: '2023-04-01', end: '2023-04-07' };
    assert.deepEqual(mentions(sentence, date), mentions(sentence, date));
  });
});

describe('initials', () => {
  it('keeps the full stops of initials in the mention', () => {
    assert.deepEqual(mentions('the U.S. assassination of Soleimani'), ['united-states:U.S.:alias', 'qasem-soleimani:Soleimani:alias']);
  });
});
