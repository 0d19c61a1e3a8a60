import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corsHeaders } from '../../lib/api/cors';

describe('corsHeaders', () => {
  it('allows any origin by default and with *', () => {
    assert.equal(corsHeaders('https://a.example', undefined)['Access-Control-Allow-Origin'], '*');
    assert.equal(corsHeaders(null, '*')['Access-Control-Allow-Origin'], '*');
  });

  it('echoes a listed origin and varies by Origin', () => {
    const headers = corsHeaders('https://b.example', 'https://a.example, https://b.example');
    assert.equal(headers['Access-Control-Allow-Origin'], 'https://b.example');
    assert.equal(headers.Vary, 'Origin');
  });

  it('allows no other origin, and none at all with `none`', () => {
    assert.equal(corsHeaders('https://c.example', 'https://a.example')['Access-Control-Allow-Origin'], undefined);
    assert.equal(corsHeaders(null, 'https://a.example')['Access-Control-Allow-Origin'], undefined);
    assert.equal(corsHeaders('https://a.example', 'none')['Access-Control-Allow-Origin'], undefined);
  });
});
