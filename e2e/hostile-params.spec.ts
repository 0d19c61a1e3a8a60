// Page query parameters from hostile or careless links: wrong types, huge values, SQL and FTS
// fragments, unicode, repeats. Every page answers with a friendly page (or a 404) — never a 500,
// never a stack trace. The API's own parameters are fuzzed in test/hardening/fuzz-params.test.ts.
import { expect, test, type APIResponse } from '@playwright/test';

const HOSTILE_VALUES = [
  '',
  ' ',
  'null',
  '-1',
  '1e308',
  '99999-99-99',
  '2023-02-30',
  'x'.repeat(5000),
  "' OR 1=1 --",
  '"; DROP TABLE Event; --',
  'NEAR(a b) OR "x" AND -y*',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '%00',
  '\u202Eevil',
  'Hаmas',
  '🕊️',
  '../../etc/passwd',
  '__proto__',
];

const TIMELINE_PARAMETERS = ['actor', 'mode', 'affiliated', 'source', 'from', 'to', 'q', 'precision', 'group', 'event', 'view', 'start', 'end'];

/** Markers of a leaked stack trace or framework error page. */
const LEAKS = [/\n\s+at .+\(.*:\d+:\d+\)/, /node_modules/, /Internal Server Error/i, /TypeError|ReferenceError|SyntaxError/];

async function expectFriendly(response: APIResponse, what: string): Promise<void> {
  expect(response.status(), what).toBeLessThan(500);
  const body = await response.text();
  for (const leak of LEAKS) expect(body, `${what} leaks ${leak}`).not.toMatch(leak);
}

test('the timeline answers every hostile parameter without an error page', async ({ request }) => {
  for (const name of TIMELINE_PARAMETERS) {
    for (const value of HOSTILE_VALUES) {
      const query = new URLSearchParams([[name, value]]);
      await expectFriendly(await request.get(`/?${query}`), `/?${query}`);
    }
    // Repeated: single-valued parameters refuse a second value, repeatable ones accept it.
    await expectFriendly(await request.get(`/?${name}=a&${name}=b`), `/?${name} repeated`);
  }
});

test('an invalid parameter names itself on a page a person can act on', async ({ page }) => {
  const response = await page.goto('/?from=2023-13&view=list');
  expect(response?.status()).toBeLessThan(500);
  await expect(page.getByRole('alert').filter({ hasText: 'The parameter' })).toContainText('from');
  await page.getByRole('link', { name: 'Open the timeline without filters' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('source, event and actor pages answer hostile paths and queries with a 404 or a page', async ({ request }) => {
  for (const value of HOSTILE_VALUES.filter((value) => value.trim() !== '')) {
    const segment = encodeURIComponent(value);
    for (const path of [`/sources/${segment}`, `/events/${segment}`, `/actors/${segment}`, `/actors?q=${segment}`, `/sources?q=${segment}`]) {
      await expectFriendly(await request.get(path), path);
    }
  }
});
