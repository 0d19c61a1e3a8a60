import { expect, test } from '@playwright/test';
import { apiEventIds } from './timeline-helpers';

test('the list shows the filtered events by year with dates, actors and a quote', async ({ page }) => {
  await page.goto('/?view=list&actor=hezbollah');
  const list = page.getByRole('region', { name: 'Events in date order' });
  const expected = await apiEventIds(page, 'actor=hezbollah');
  await expect(list.getByRole('article')).toHaveCount(expected.length);
  await expect(list.getByRole('heading', { level: 2, name: '2023' })).toBeVisible();
  const visit = list.getByRole('article', { name: 'Esmail Qaani visits Lebanon' });
  await expect(visit).toContainText('April 2023');
  await expect(visit).toContainText('Hezbollah');
  await expect(visit.locator('blockquote').first()).not.toBeEmpty();
  await page.screenshot({ path: 'test-results/screenshots/list.png', fullPage: true });
});

test('the list is reachable from the toolbar and opens an event with the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page).toHaveURL(/view=list/);
  const list = page.getByRole('region', { name: 'Events in date order' });
  const years = list.getByRole('heading', { level: 2 });
  await expect(years.first()).toHaveText('1979');
  const link = list.getByRole('link', { name: 'Hamas founded' });
  await link.focus();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('complementary', { name: 'Event details' });
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Hamas founded');
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expect(page).toHaveURL(/view=list/);
});

test('the list loads further pages through the cursor', async ({ page }) => {
  const all = await apiEventIds(page, '');
  await page.goto('/?view=list');
  const list = page.getByRole('region', { name: 'Events in date order' });
  // A page holds 25 events; the seeded corpus needs a second one.
  expect(all.length).toBeGreaterThan(25);
  await expect(list.getByText(`Showing 25 of ${all.length} events.`)).toBeVisible();
  await list.getByRole('article').last().scrollIntoViewIfNeeded();
  await expect(list.getByRole('article')).toHaveCount(all.length);
  await expect(list.getByText(`Showing ${all.length} of ${all.length} events.`)).toBeVisible();
  const shown = await list.getByRole('article').evaluateAll((articles) => articles.map((a) => a.getAttribute('aria-labelledby')!.slice(5)));
  expect([...shown].sort()).toEqual(all);
  await expect(list.getByRole('button', { name: 'Load more events' })).toHaveCount(0);
});
