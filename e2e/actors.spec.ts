import { expect, test } from '@playwright/test';

test('from an actor page to the timeline filtered to that actor', async ({ page }) => {
  await page.goto('/actors/quds-force');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quds Force');
  await page.getByRole('link', { name: 'Show on timeline' }).click();
  await expect(page).toHaveURL('/?actor=quds-force');
});

test('an actor page gives kind, aliases, the affiliation chain, members, events and co-named actors', async ({ page }) => {
  await page.goto('/actors/quds-force');
  await expect(page.getByRole('definition').first()).toHaveText('unit');
  await expect(page.getByText('Qods Force, IRGC Quds Force, IRGC-QF')).toBeVisible();
  const chain = page.getByRole('list', { name: 'Affiliation chain of Quds Force' });
  await expect(chain.getByRole('listitem')).toHaveText(['Quds Force', 'Islamic Revolutionary Guard Corps', 'Iran']);
  await expect(chain.getByRole('link', { name: 'Iran' })).toHaveAttribute('href', '/actors/iran');
  await expect(page.getByRole('link', { name: 'Esmail Qaani' }).first()).toHaveAttribute('href', '/actors/esmail-qaani');

  const events = page.getByRole('region', { name: 'Events naming Quds Force' });
  await expect(events.getByRole('link', { name: '2023' })).toHaveAttribute('href', '/?actor=quds-force&affiliated=false&from=2023-01-01&to=2023-12-31');
  const eventLink = events.getByRole('link', { name: /Esmail Ghaani meets Hamas leader/ });
  await expect(eventLink).toHaveAttribute('href', /^\/\?actor=quds-force&affiliated=false&event=evt_[0-9a-f]+$/);

  const coNamed = page.getByRole('region', { name: 'Named most often with Quds Force' });
  await expect(coNamed.getByRole('link', { name: 'Hamas', exact: true })).toHaveAttribute('href', '/actors/hamas');
  await expect(coNamed.getByRole('link', { name: /^\d+ events? naming both$/ }).first())
    .toHaveAttribute('href', '/?actor=quds-force&actor=hamas&mode=all&affiliated=false');
});

test('an actor whose affiliates are named without it offers the events naming it alone', async ({ page }) => {
  // Quds Force belongs to the IRGC, and the corpus names the Quds Force in events that do not name the IRGC.
  await page.goto('/actors/irgc');
  await expect(page.getByRole('link', { name: /^Only the \d+ events? naming Islamic Revolutionary Guard Corps itself$/ })).toHaveAttribute('href', '/?actor=irgc&affiliated=false');
});

test('the actors list narrows as one types and keeps the search in the address', async ({ page }) => {
  await page.goto('/actors');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ actors$/);
  const rows = page.getByRole('table').getByRole('row');
  const all = (await rows.count()) - 1;
  expect(all).toBeGreaterThan(20);

  await page.getByRole('searchbox', { name: 'Search actors by name or alias' }).fill('ghaani');
  await expect(status).toHaveText(`1 of ${all} actors`);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole('link')).toHaveText('Esmail Qaani');
  await expect(rows.nth(1)).toContainText('person');
  await expect(page).toHaveURL('/actors?q=ghaani');

  await page.getByRole('searchbox').fill('no actor is called this');
  await expect(status).toHaveText(`0 of ${all} actors`);
  await expect(page.getByRole('table')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the server applies the search, and the form submits it', async ({ page }) => {
    await page.goto('/actors?q=haniyeh');
    await expect(page.getByRole('status')).toHaveText(/^1 of \d+ actors$/);
    await page.getByRole('searchbox').fill('hezbollah');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL('/actors?q=hezbollah');
    await expect(page.getByRole('table').getByRole('link', { name: 'Hezbollah' })).toBeVisible();
  });
});

test('unusable searches are explained, never an error page', async ({ page }) => {
  for (const [query, message] of [
    ['q=a&q=b', 'Search with one q parameter only; showing every actor.'],
    [`q=${'x'.repeat(101)}`, 'Search text is at most 100 characters; showing every actor.'],
    ['q=%00', 'Search text contains control characters; showing every actor.'],
  ]) {
    const response = await page.goto(`/actors?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(/^\d+ actors$/);
  }
  const response = await page.goto('/actors?q=%E0%A4%A');
  expect(response?.status()).toBeLessThan(500);
});

test('an unknown actor is a friendly 404 page', async ({ page }) => {
  for (const slug of ['no-such-actor', 'Hamas', 'hamas%27%20OR%201=1']) {
    const response = await page.goto(`/actors/${slug}`);
    expect(response?.status(), slug).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Actor not found' })).toBeVisible();
  }
});

test('the actor pages fit a 375 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const url of ['/actors', '/actors/hamas', '/actors/quds-force']) {
    await page.goto(url);
    const overflows = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(overflows, url).toBe(false);
  }
});
