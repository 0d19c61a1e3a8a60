import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseGazetteer, readActorMentions } from '../../../lib/extract/actors';

const gazetteer = parseGazetteer('actors:\n  - slug: iran\n    name: Iran\n    kind: state\n', 'test.yaml');

describe('readActorMentions', () => {
  it('gives paragraph offsets, slugs and kinds, up to the last paragraph asked for', () => {
    const paragraphs = ['Acme Inc. announced a phone. Iran refused to comment.', 'Acme said sales rose.', 'Globex said nothing.'];
    const mentions = readActorMentions({ slug: 'a', title: null, published: '2020-01-01', paragraphs }, { gazetteer, lastParagraph: 2 });
    assert.deepEqual(
      mentions.map(({ paragraph, start, end, slug, kind }) => [paragraph, start, end, slug, kind]),
      [[1, 0, 8, 'acme', 'organization'], [1, 29, 33, 'iran', 'state'], [2, 0, 4, 'acme', 'organization']],
    );
    for (const mention of mentions) assert.equal(paragraphs[mention.paragraph - 1].slice(mention.start, mention.end), mention.text);
  });
});
