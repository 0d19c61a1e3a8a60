import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// VisTimeline creates its DataSets from `vis-data/esnext` and hands them to `vis-timeline/esnext`.
// Were the timeline to load another copy of vis-data, there would be two DataSet classes.
describe('the esnext builds of vis-timeline and vis-data', () => {
  it('load one and the same vis-data module', () => {
    const timeline = fs.readFileSync(fileURLToPath(import.meta.resolve('vis-timeline/esnext')), 'utf8');
    const imported = [...timeline.matchAll(/from '(vis-data[^']*)'/g)].map((match) => match[1]);
    assert.ok(imported.length > 0, 'vis-timeline/esnext imports vis-data');
    for (const specifier of imported) assert.equal(import.meta.resolve(specifier), import.meta.resolve('vis-data/esnext'));
  });

  it('bundle no core-js polyfills', () => {
    for (const entry of ['vis-timeline/esnext', 'vis-data/esnext']) {
      assert.doesNotMatch(fs.readFileSync(fileURLToPath(import.meta.resolve(entry)), 'utf8'), /core-js/, entry);
    }
  });
});
