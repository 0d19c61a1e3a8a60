import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText } from '../../../lib/extract/language';
import { readStance, type CitationStance } from '../../../lib/extract/stance/read-stance';

/** The stance of the happening written `word` (its first occurrence) in `sentence`. */
function stanceOf(sentence: string, word: string, antecedents: Record<string, string> = {}): CitationStance {
  const start = sentence.indexOf(word);
  assert.notEqual(start, -1, `“${word}” is in the sentence`);
  const antecedent = (pronoun: string) => (antecedents[pronoun.toLowerCase()] ? { name: antecedents[pronoun.toLowerCase()] } : null);
  return readStance({ sentence, tokens: analyseText(sentence).tokens, happening: { start, end: start + word.length }, antecedent });
}

test('a denial of something else does not deny the happening its object mentions', () => {
  assert.deepEqual(stanceOf('Top Ruritanian officials have vehemently denied any direct involvement in or foreknowledge of the October 7 attacks.', 'attacks'),
    { stance: 'stated', claimant: null, cue: null });
  assert.equal(stanceOf('Acme denied any role in the strike on the depot on Monday.', 'strike').stance, 'stated');
  assert.equal(stanceOf('The minister rejected claims that Vell knew of the raid in May.', 'raid').stance, 'stated');
});

test('negative: a denial whose object is the happening denies it, and names who denies it', () => {
  assert.deepEqual(stanceOf('The army denied the strike on the hospital on Tuesday.', 'strike'), { stance: 'denied', claimant: 'The army', cue: 'denied' });
  assert.deepEqual(stanceOf('Acme denied that its guards fired on the strikers in March.', 'fired'), { stance: 'denied', claimant: 'Acme', cue: 'denied' });
  assert.deepEqual(stanceOf('The union alleged that the company locked out 300 workers on 4 May.', 'locked out'), { stance: 'alleged', claimant: 'The union', cue: 'alleged' });
  assert.deepEqual(stanceOf('The coast guard confirmed the strike on the port on Monday.', 'strike'), { stance: 'confirmed', claimant: 'The coast guard', cue: 'confirmed' });
  assert.deepEqual(stanceOf('Police questioned him about the alleged arson in May.', 'arson'), { stance: 'alleged', claimant: null, cue: 'alleged' });
  assert.deepEqual(stanceOf('The strike on the port was confirmed by the coast guard on Monday.', 'strike'), { stance: 'confirmed', claimant: 'the coast guard', cue: 'was confirmed' });
});

test('telling, saying and "according to" report the happening and name who reports it', () => {
  assert.deepEqual(stanceOf('Multiple Ruritanian officials have told The Vell Post that the October 7 massacre was planned for months.', 'massacre'),
    { stance: 'reported', claimant: 'Multiple Ruritanian officials', cue: 'have told' });
  assert.deepEqual(stanceOf('According to the health ministry, the outbreak began in March 2024.', 'began'),
    { stance: 'reported', claimant: 'the health ministry', cue: 'According to' });
  assert.deepEqual(stanceOf('The quake struck at dawn on Sunday, according to the geological survey.', 'struck'),
    { stance: 'reported', claimant: 'the geological survey', cue: 'according to' });
});

test('"the report said" reports what it says, wherever the verb stands', () => {
  assert.deepEqual(stanceOf("Acme's report said that since October 7 the plant has been closed.", 'October 7'),
    { stance: 'reported', claimant: 'Acme’s report'.replace('’', "'"), cue: 'said' });
  assert.deepEqual(stanceOf('The tunnel was completed in 2019, the report said.', 'completed'), { stance: 'reported', claimant: 'the report', cue: 'said' });
  assert.deepEqual(stanceOf('"We have waited since the probe launched in 2019," said mission manager Kira Vell.', 'launched'),
    { stance: 'reported', claimant: 'mission manager Kira Vell', cue: 'said' });
  assert.deepEqual(stanceOf('It was reported in April that the envoys met in Vellburg.', 'met'), { stance: 'reported', claimant: null, cue: 'was reported' });
});

test('a pronoun claimant is named by the actor it refers to', () => {
  assert.equal(stanceOf('She said the gallery closed in 1998.', 'closed', { she: 'Mara Vell' }).claimant, 'Mara Vell');
  // Negative: with nobody to refer to, the pronoun stays as written.
  assert.equal(stanceOf('She said the gallery closed in 1998.', 'closed').claimant, 'She');
});

test('negative: what stands outside the frame is the source’s own statement', () => {
  // The report itself is the happening: it is stated, not reported by its own words.
  assert.equal(stanceOf('In 2015, The Vell Times reported that Ruritania was funding tunnels.', 'reported').stance, 'stated');
  // The speaker's relative clause comes after the quotation it frames.
  assert.equal(stanceOf('"It was a triumph," said the curator Jean Amiel, who organised her retrospective in 2019.', 'organised').stance, 'stated');
  // An aside confirming another noun does not confirm the happening.
  assert.equal(stanceOf('The visit, confirmed by state media, comes after the October 7 massacre.', 'massacre').stance, 'stated');
  // A parenthetical speaker reaches only the clause it interrupts.
  assert.equal(stanceOf('Born in 1935, she studied under Ossip Vell, whose bronzes, she later said, had taught her.', 'studied').stance, 'stated');
  // "according to" with no comma reaches back only to the last comma.
  assert.equal(stanceOf('Rescuers searched the town on Tuesday, two days after the quake, killing 40 according to the agency.', 'searched').stance, 'stated');
});

test('stances on other subjects: strikes, companies, science', () => {
  assert.deepEqual(stanceOf('Workers walked out on Monday, the transport union said.', 'walked out'), { stance: 'reported', claimant: 'the transport union', cue: 'said' });
  assert.deepEqual(stanceOf('Acme Corp confirmed that it acquired Vellgrid in June.', 'acquired'), { stance: 'confirmed', claimant: 'Acme Corp', cue: 'confirmed' });
  assert.equal(stanceOf('Acme Corp confirmed its outlook after it acquired Vellgrid in June.', 'acquired').stance, 'stated');
  assert.deepEqual(stanceOf('The probe reached the asteroid in 2023, the space agency said.', 'reached'), { stance: 'reported', claimant: 'the space agency', cue: 'said' });
  assert.deepEqual(stanceOf('The team allegedly falsified the data in 2021.', 'falsified'), { stance: 'alleged', claimant: null, cue: 'allegedly' });
  assert.equal(stanceOf('The team published the data in 2021.', 'published').stance, 'stated');
});
