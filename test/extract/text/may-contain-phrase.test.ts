import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayContainPhrase } from '../../../lib/extract/text/may-contain-phrase';

describe('mayContainPhrase', () => {
  it('is true when the text holds the phrase', () => {
    assert.equal(mayContainPhrase('Officials said Jane Doe met them.', 'Jane Doe'), true);
  });

  it('is true when only the spacing between the words differs, which a pattern still matches', () => {
    assert.equal(mayContainPhrase('Officials said Jane\u00a0 Doe met them.', ' Jane Doe '), true);
  });

  it('is true when the first word is there inside another word: the pattern decides', () => {
    assert.equal(mayContainPhrase('Janet arrived.', 'Jane Doe'), true);
  });

  it('is false when the first word is missing', () => {
    assert.equal(mayContainPhrase('Officials said John Doe met them.', 'Jane Doe'), false);
  });

  it('is false when the first word is written in another case', () => {
    assert.equal(mayContainPhrase('officials met jane doe.', 'Jane Doe'), false);
  });
});
