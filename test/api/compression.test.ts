import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { describe, it } from 'node:test';
import type { NextConfig } from 'next';
import { chooseEncoding, compress } from '../../lib/api/compression';

// next.config.js is plain JavaScript: imported by URL, typed as Next types it.
const { default: nextConfig } = (await import(new URL('../../next.config.js', import.meta.url).href)) as { default: NextConfig };

const HEADERS = [
  'gzip, deflate, br, zstd', 'gzip, deflate', 'br', 'gzip', 'br;q=0.5, gzip;q=0.9', 'br;q=0, gzip', 'gzip;q=0, br', 'br;q=0.0',
  'deflate', 'identity', '', 'gzip;q=0', 'brotli, xgzip', 'x-gzip', '*',
];

describe('chooseEncoding', () => {
  it('takes brotli when accepted, else gzip', () => {
    assert.equal(chooseEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(chooseEncoding('gzip;q=0, br'), 'br');
    assert.equal(chooseEncoding('br;q=0.5, gzip;q=0.9'), 'br', 'a q above zero accepts it');
    assert.equal(chooseEncoding('gzip'), 'gzip');
    assert.equal(chooseEncoding('br;q=0, gzip'), 'gzip');
  });

  it('chooses none when neither is accepted', () => {
    for (const header of [null, '', 'identity', 'deflate', 'br;q=0, gzip;q=0', 'gzip;q=0', 'br;q=0.0', 'brotli, xgzip', 'x-gzip', '*']) {
      assert.equal(chooseEncoding(header), null, String(header));
    }
  });

  it('agrees with the Content-Encoding next.config.js sets for /api, header by header', async () => {
    type Condition = { type: string; key: string; value: string };
    type Rule = { source: string; has?: Condition[]; missing?: Condition[]; headers: { key: string; value: string }[] };
    const rules = ((await nextConfig.headers!()) as Rule[]).filter((rule) => rule.source === '/api/:path*');
    assert.ok(rules.length >= 2);
    // As Next matches `has` and `missing` on a header: the whole value against the pattern.
    const matches = (condition: Condition, header: string) => new RegExp(`^${condition.value}$`).test(header);
    for (const header of HEADERS) {
      const applying = rules.filter((rule) => (rule.has ?? []).every((c) => matches(c, header)) && !(rule.missing ?? []).some((c) => matches(c, header)));
      const set = applying.flatMap((rule) => rule.headers.filter((h) => h.key === 'Content-Encoding').map((h) => h.value));
      assert.deepEqual(set, chooseEncoding(header) === null ? [] : [chooseEncoding(header)], header);
    }
  });
});

describe('compress', () => {
  it('round-trips large and small bodies', async () => {
    const body = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ i, text: 'Sources disagree — ¶' })));
    assert.equal(zlib.brotliDecompressSync(await compress(body, 'br')).toString('utf8'), body);
    assert.equal(zlib.gunzipSync(await compress(body, 'gzip')).toString('utf8'), body);
    assert.equal(zlib.gunzipSync(await compress('{"a":1}', 'gzip')).toString('utf8'), '{"a":1}');
  });
});
