import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { describe, it } from 'node:test';
import { chooseEncoding, compress } from '../../lib/api/compression';

describe('chooseEncoding', () => {
  it('prefers brotli, honours q-values and *', () => {
    assert.equal(chooseEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(chooseEncoding('gzip'), 'gzip');
    assert.equal(chooseEncoding('br;q=0.5, gzip;q=0.9'), 'gzip');
    assert.equal(chooseEncoding('*'), 'br');
    assert.equal(chooseEncoding('*, br;q=0'), 'gzip');
  });

  it('chooses none when nothing usable is accepted', () => {
    for (const header of [null, '', 'identity', 'deflate', 'br;q=0, gzip;q=0', 'gzip;q=0']) assert.equal(chooseEncoding(header), null, String(header));
  });
});

describe('compress', () => {
  it('round-trips and leaves small bodies alone', async () => {
    const body = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ i, text: 'Sources disagree — ¶' })));
    assert.equal(zlib.brotliDecompressSync((await compress(body, 'br'))!).toString('utf8'), body);
    assert.equal(zlib.gunzipSync((await compress(body, 'gzip'))!).toString('utf8'), body);
    assert.equal(await compress('{"a":1}', 'gzip'), null);
  });
});
