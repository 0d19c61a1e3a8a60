import { expect, test } from '@playwright/test';
import { counts, openTimeline, windowEdges } from './timeline-helpers';

const DAY_MS = 24 * 3600 * 1000;

test('a shared link restores the filter, lanes, window and open event exactly', async ({ page }) => {
  const link = '/?actor=hamas&actor=iran&mode=all&group=source&event=evt_7eadd383a61a&start=2024-11-01&end=2025-03-31';
  const timeline = await openTimeline(page, link.slice(1));
  const { start, end } = await windowEdges(timeline);
  expect(start).toBe(new Date(2024, 10, 1).getTime());
  expect(end).toBe(new Date(2025, 3, 1).getTime());
  await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }))
    .toContainText('Khamenei');
  await expect(page.getByLabel('Lanes')).toHaveValue('source');
  await expect(page.getByRole('button', { name: 'Filters (3)' })).toBeVisible();
  await expect(timeline.locator('.vis-label').filter({ hasText: 'Israel and US must cut Hamas off from Tehran' })).toBeVisible();
  expect(new URL(page.url()).search).toBe(link.slice(1));

  await page.reload();
  await expect(timeline).toHaveAttribute('data-ready', 'true');
  expect(await windowEdges(timeline)).toEqual({ start, end });
  expect(new URL(page.url()).search).toBe(link.slice(1));
});

test('back and forward return to earlier views, window included', async ({ page }) => {
  const timeline = await openTimeline(page, '?start=2023-01-01&end=2023-12-31');
  const first = await windowEdges(timeline);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).not.toHaveURL(/start=2023-01-01&end=2023-12-31/);
  const zoomed = new URL(page.url()).search;

  await page.getByLabel('Lanes').selectOption('none');
  await expect(page).toHaveURL(/group=none/);
  await timeline.getByRole('button', { name: /7 October 2023/ }).first().click();
  await expect(page).toHaveURL(/event=evt_a5dc731852c8/);
  const detail = page.getByRole('complementary', { name: 'Event details' });
  await expect(detail).toBeVisible();

  await page.goBack();
  await expect(detail).toBeHidden();
  await expect(page).toHaveURL(/group=none/);
  await page.goBack();
  await expect(page.getByLabel('Lanes')).toHaveValue('actor');
  expect(new URL(page.url()).search).toBe(zoomed);

  await page.goForward();
  await page.goForward();
  await expect(detail).toBeVisible();
  await expect(page).toHaveURL(/event=evt_a5dc731852c8/);
  const edges = await windowEdges(timeline);
  expect(edges.end - edges.start).toBeLessThan(first.end - first.start);
});

test('opening the timeline leaves "fit all" in the address until the person moves', async ({ page }) => {
  const timeline = await openTimeline(page, '?group=none');
  await expect.poll(async () => (await timeline.locator('[data-item-id]').count())).toBeGreaterThan(0);
  await page.waitForTimeout(1000);
  expect(new URL(page.url()).search).toBe('?group=none');
});

test('panning writes the window into the address without a history entry', async ({ page }) => {
  const timeline = await openTimeline(page, '?start=2023-01-01&end=2023-12-31');
  const historyLength = await page.evaluate(() => history.length);
  await timeline.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/start=2023-03-/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  const { start, end } = await windowEdges(timeline);
  expect(Math.round((end - start) / DAY_MS)).toBe(365);
});

test('an invalid parameter gets a message naming it, not an error page', async ({ page }) => {
  for (const [query, parameter] of [['group=people', 'group'], ['from=2023-13', 'from'], ['start=2023-01-01', 'end'], ['event=%3Cscript%3E', 'event'], ['actor=no-such-actor', 'actor']]) {
    const response = await page.goto(`/?${query}`);
    expect(response!.status()).toBeLessThan(500);
    await expect(page.getByRole('main').getByRole('alert')).toContainText(`The parameter ${parameter}`);
  }
  await page.getByRole('link', { name: 'Open the timeline without filters' }).click();
  await expect(page.getByRole('region', { name: 'Timeline of events' })).toHaveAttribute('data-ready', 'true');
  const { matching, total } = await counts(page);
  expect(matching).toBe(total);
});
