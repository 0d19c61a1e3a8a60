import { expect, test, type Page } from '@playwright/test';
import { apiEventIds, apiTotal, counts, drawnEventIds, openTimeline } from './timeline-helpers';

async function openFilters(page: Page) {
  await page.getByRole('button', { name: /^Filters/ }).click();
  return page.getByRole('form', { name: 'Filters' });
}

test('filtering by an actor leaves only its events, as many as the database holds', async ({ page }) => {
  const timeline = await openTimeline(page, '?group=none');
  const filters = await openFilters(page);
  await filters.getByLabel('Find an actor').fill('hezb');
  const hezbollah = filters.getByRole('checkbox', { name: /^Hezbollah \(\d+\)$/ });
  await expect(filters.getByRole('list', { name: 'Actors to filter by' }).getByRole('checkbox')).toHaveCount(1);
  await hezbollah.check();
  await filters.getByRole('button', { name: 'Apply filters' }).click();

  await expect(page).toHaveURL(/[?&]actor=hezbollah(&|$)/);
  const expected = await apiEventIds(page, 'actor=hezbollah');
  expect(expected.length).toBe(await apiTotal(page, 'actor=hezbollah'));
  expect(expected.length).toBeGreaterThan(0);
  await expect.poll(async () => (await counts(page)).matching).toBe(expected.length);
  await expect.poll(() => drawnEventIds(timeline)).toEqual(expected);
  await page.screenshot({ path: 'test-results/screenshots/timeline-filtered.png' });
});

test('sources are found by searching their titles on the server, and a chosen one filters the timeline', async ({ page }) => {
  const timeline = await openTimeline(page, '?group=none');
  const filters = await openFilters(page);
  const list = filters.getByRole('list', { name: 'Sources to filter by' });
  await expect(list.getByRole('checkbox')).toHaveCount(0);
  await filters.getByLabel('Find a source').fill('no such article');
  await expect(filters.getByRole('status')).toHaveText('No source matches “no such article”.');
  await filters.getByLabel('Find a source').fill('UNRAVELING');
  await expect(list.getByRole('checkbox')).toHaveCount(1);
  await list.getByRole('checkbox', { name: /^Iran & Hamas: Unraveling A Complex, Enduring Alliance \(\d+\)$/ }).check();
  await filters.getByRole('button', { name: 'Apply filters' }).click();

  await expect(page).toHaveURL(/[?&]source=iran-hamas-complex-enduring-alliance(&|$)/);
  const expected = await apiEventIds(page, 'source=iran-hamas-complex-enduring-alliance');
  expect(expected.length).toBeGreaterThan(0);
  await expect.poll(async () => (await counts(page)).matching).toBe(expected.length);
  await expect.poll(() => drawnEventIds(timeline)).toEqual(expected);
});

test('a source the address names is listed by name in the filter panel, and stays listed when unchecked', async ({ page }) => {
  await openTimeline(page, '?source=cut-hamas-off-from-tehran&group=none');
  const filters = await openFilters(page);
  const chosen = filters.getByRole('checkbox', { name: /^Israel and US must cut Hamas off from Tehran - opinion, The Jerusalem Post \(\d+\)$/ });
  await expect(chosen).toBeChecked();
  await chosen.uncheck();
  await expect(chosen).not.toBeChecked();
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).not.toHaveURL(/source=/);
  await expect.poll(async () => (await counts(page)).matching).toBe((await counts(page)).total);
});

test('"all of" keeps only events naming every chosen actor', async ({ page }) => {
  const timeline = await openTimeline(page, '?group=none');
  const filters = await openFilters(page);
  for (const name of ['Hamas', 'Iran']) {
    await filters.getByLabel('Find an actor').fill(name);
    await filters.getByRole('checkbox', { name: new RegExp(`^${name} \\(\\d+\\)$`) }).check();
  }
  await filters.getByRole('radio', { name: 'All of the actors' }).check();
  await filters.getByRole('button', { name: 'Apply filters' }).click();

  await expect(page).toHaveURL(/mode=all/);
  const all = await apiEventIds(page, 'actor=hamas&actor=iran&mode=all');
  const any = await apiEventIds(page, 'actor=hamas&actor=iran');
  expect(all.length).toBeLessThan(any.length);
  await expect.poll(() => drawnEventIds(timeline)).toEqual(all);
  await expect.poll(async () => (await counts(page)).matching).toBe(all.length);
});

test('without affiliated actors an organisation no longer stands for its members', async ({ page }) => {
  await openTimeline(page, '?actor=hamas');
  const withMembers = (await counts(page)).matching;
  const filters = await openFilters(page);
  await filters.getByRole('checkbox', { name: 'Include affiliated actors' }).uncheck();
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/affiliated=false/);
  await expect.poll(async () => (await counts(page)).matching).toBe(await apiTotal(page, 'actor=hamas&affiliated=false'));
  expect((await counts(page)).matching).toBeLessThanOrEqual(withMembers);
});

test('searching the text narrows the events and a date range bounds them', async ({ page }) => {
  const timeline = await openTimeline(page, '?group=none');
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Velayati');
  await page.getByRole('searchbox', { name: 'Search events' }).press('Enter');
  await expect(page).toHaveURL(/q=Velayati/);
  const found = await apiEventIds(page, 'q=Velayati');
  expect(found.length).toBeGreaterThan(0);
  // The redraw waits on a fresh answer from the server, which under a loaded CI machine once took over 5 s.
  await expect.poll(() => drawnEventIds(timeline), { timeout: 15_000 }).toEqual(found);

  const filters = await openFilters(page);
  await filters.getByLabel('From', { exact: true }).fill('2023-07-01');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/from=2023-07-01/);
  await expect.poll(() => drawnEventIds(timeline)).toEqual(await apiEventIds(page, 'q=Velayati&from=2023-07-01'));
  expect((await drawnEventIds(timeline)).length).toBeLessThan(found.length);
});
