import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseGazetteer } from '../../lib/extract/actors';

const EXTRACT = path.join(import.meta.dirname, '..', '..', 'lib', 'extract');
const LEXICON = path.join(EXTRACT, 'lexicon');
const GAZETTEER = path.join(import.meta.dirname, '..', '..', 'data', 'actors.yaml');

/** Every name the gazetteer gives its actors: names, aliases, demonyms and capitals. */
function gazetteerNames(): string[] {
  const { actors } = parseGazetteer(fs.readFileSync(GAZETTEER, 'utf8'), GAZETTEER);
  const names = actors.flatMap((actor) => [actor.name, ...actor.aliases, ...actor.demonyms, ...(actor.capitals ?? [])]);
  // Short words ("US", "UN") stand in ordinary code too often to say anything.
  return [...new Set(names.filter((name) => name.length >= 4))];
}

function logicFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === LEXICON ? [] : logicFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

export function namesIn(text: string, names: string[]): string[] {
  return names.filter((name) => new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text));
}

test('logic files in lib/extract name no actor of the corpus or the gazetteer, even in comments: subject words live in the lexicon and data/', () => {
  const names = gazetteerNames();
  const found = logicFiles(EXTRACT).flatMap((file) => namesIn(fs.readFileSync(file, 'utf8'), names).map((name) => `${path.relative(EXTRACT, file)}: ${name}`));
  assert.deepEqual(found, []);
});

test('negative: the check finds a name as a whole word, not inside another word', () => {
  assert.deepEqual(namesIn('// as in "the Hamas attack"', ['Hamas']), ['Hamas']);
  assert.deepEqual(namesIn('const iranianish = 1;', ['Iranian']), []);
});
