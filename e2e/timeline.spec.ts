import { expect, test } from '@playwright/test';
import { counts, drawnEventIds, openTimeline, windowEdges, windowSpan } from './timeline-helpers';

test('the timeline shows every seeded event, fitted into view', async ({ page }) => {
  const timeline = await openTimeline(page, '?group=none');
  const { matching, total } = await counts(page);
  expect(matching).toBe(total);
  expect(total).toBeGreaterThan(10);
  await expect.poll(async () => (await drawnEventIds(timeline)).length).toBe(total);
  await expect(timeline.getByRole('button', { name: /7 October 2023/ }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/timeline.png' });
});

test('opening the timeline asks once for the window it shows, margins included', async ({ page }) => {
  const asked: URL[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/timeline?')) asked.push(new URL(request.url()));
  });
  const timeline = await openTimeline(page, '?start=2023-01-01&end=2023-12-31');
  await expect.poll(async () => (await drawnEventIds(timeline)).length).toBeGreaterThan(0);
  // Longer than the loader's debounce: a second request for the same window would have gone out.
  await page.waitForTimeout(1000);
  expect(asked.map((url) => [url.searchParams.get('start'), url.searchParams.get('end')])).toEqual([['2022-07-02', '2024-07-01']]);
});

test('lanes by actor fold people into their organisation and expand into nested lanes', async ({ page }) => {
  // Hezbollah's events name few enough actors for every lane to fit on the screen.
  const timeline = await openTimeline(page, '?actor=hezbollah&start=2005-01-01&end=2024-12-31');
  const hamasLane = timeline.getByRole('button', { name: 'Hamas', exact: true });
  await expect(hamasLane).toBeVisible();
  // Haniyeh's events sit in the Hamas lane; his own lane appears once Hamas is expanded.
  await expect(timeline.locator('[data-item-id$="@ismail-haniyeh"]').first()).toBeHidden();
  await hamasLane.focus();
  await page.keyboard.press('Enter');
  await expect(timeline.locator('.vis-label').filter({ hasText: 'Ismail Haniyeh' })).toBeVisible();
  await expect(timeline.locator('[data-item-id$="@ismail-haniyeh"]').first()).toBeVisible();
  const sharedEvent = 'evt_f1b8446837bd';
  await expect(timeline.locator(`[data-item-id="${sharedEvent}@hamas"]`)).toHaveCount(1);
  await expect(timeline.locator(`[data-item-id="${sharedEvent}@iran"]`)).toHaveCount(1);
  await expect(timeline.locator(`[data-item-id="${sharedEvent}@hezbollah"]`)).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screenshots/timeline-lanes.png' });
});

test('zooming with the buttons, the wheel and the keys changes the window within its limits', async ({ page }) => {
  const timeline = await openTimeline(page);
  const initial = await windowSpan(timeline);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => windowSpan(timeline)).toBeLessThan(initial * 0.8);
  const afterButton = await windowSpan(timeline);

  const box = (await timeline.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => windowSpan(timeline)).toBeLessThan(afterButton);
  const afterWheel = await windowSpan(timeline);

  await timeline.focus();
  await page.keyboard.press('-');
  await expect.poll(() => windowSpan(timeline)).toBeGreaterThan(afterWheel);
  const afterMinus = await windowSpan(timeline);
  await page.keyboard.press('=');
  await expect.poll(() => windowSpan(timeline)).toBeLessThan(afterMinus);

  for (let i = 0; i < 40; i++) await page.keyboard.press('+');
  await expect.poll(() => windowSpan(timeline)).toBeLessThan(2 * 24 * 3600 * 1000);
  expect(await windowSpan(timeline)).toBeGreaterThanOrEqual(24 * 3600 * 1000 - 1000);

  await page.keyboard.press('0');
  await expect.poll(() => windowSpan(timeline)).toBe(initial);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Fit all events' }).click();
  await expect.poll(() => windowSpan(timeline)).toBe(initial);
});

test('the arrow keys and dragging scroll through time', async ({ page }) => {
  const timeline = await openTimeline(page);
  const initial = await windowSpan(timeline);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => windowSpan(timeline)).toBeLessThan(initial);
  const before = await windowEdges(timeline);

  await timeline.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await windowEdges(timeline)).start).toBeGreaterThan(before.start);
  const afterKey = await windowEdges(timeline);
  expect(afterKey.end - afterKey.start).toBeCloseTo(before.end - before.start, -3);

  const box = (await timeline.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height - 20, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await windowEdges(timeline)).start).toBeLessThan(afterKey.start);
});

test('an event leads to its quote in its paragraph and to the highlighted source paragraph', async ({ page }) => {
  const timeline = await openTimeline(page, '?group=none');
  await timeline.getByRole('button', { name: /8 February 2025/ }).first().click();

  const detail = page.getByRole('complementary', { name: 'Event details' });
  await expect(detail).toBeVisible();
  await expect(detail.getByText('8 February 2025 (day)', { exact: true })).toBeVisible();
  // The photo caption of that day is cited too (¶3); the body's report of the meeting is ¶6.
  await expect(detail.locator('blockquote mark').filter({ hasText: 'Hamas delegation in Tehran on Saturday' })).toBeVisible();
  await expect(detail.getByRole('link', { name: 'Ali Khamenei' })).toHaveAttribute('href', '/actors/ali-khamenei');
  await expect(page).toHaveURL(/event=evt_7eadd383a61a/);
  await page.screenshot({ path: 'test-results/screenshots/timeline-event.png' });

  const link = detail.getByRole('link', { name: 'Read paragraph 6 in the source' });
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/sources\/cut-hamas-off-from-tehran#p-\d+$/);
  await link.click();

  await expect(page).toHaveURL(new RegExp(`${href.replace(/[#/]/g, '\\$&')}$`));
  const paragraph = page.locator(`#${href.split('#')[1]}`);
  await expect(paragraph).toHaveAttribute('aria-current', 'location');
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText('Hamas delegation in Tehran on Saturday');
  await expect(paragraph.locator('mark').first()).toBeVisible();
});

test('the keyboard opens, walks and closes events', async ({ page }) => {
  const timeline = await openTimeline(page, '?group=none');
  const first = timeline.getByRole('button', { name: /8 February 2025/ });
  await first.focus();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('complementary', { name: 'Event details' });
  await expect(detail.getByRole('heading', { level: 2 })).toContainText('Khamenei');

  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/event=evt_454c923c8b64/);
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Top Iranian official states that Tehran didn’t know');
  await expect(timeline.locator('[data-item-id="evt_454c923c8b64"]')).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/event=evt_7eadd383a61a/);

  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expect(page).not.toHaveURL(/event=/);
  await expect(timeline.locator('[data-item-id="evt_7eadd383a61a"]')).toBeFocused();
});

test('dates are drawn at their precision and inferred dates say so', async ({ page }) => {
  const timeline = await openTimeline(page, '?group=none');
  const day = timeline.locator('.vis-item.precision-day').first();
  await expect(day).toHaveClass(/vis-point/);
  const year = timeline.locator('.vis-item:has([data-item-id="evt_1d776c6ed52c"])');
  await expect(year).toHaveClass(/vis-range/);
  await expect(year).toHaveClass(/precision-year/);
  const inferred = timeline.locator('.vis-item:has([data-item-id="evt_52b7698d7251"])');
  await expect(inferred).toHaveClass(/date-inferred/);
  await expect(inferred).toContainText('1980');
  await expect(inferred.getByRole('button')).toHaveAccessibleName(/as written: “39 years ago”; date inferred: counted from the date of the speech quoted/);
});

test('dates show their year and precision on the item, in its tooltip and in the panel, and say in words how they were worked out', async ({ page }) => {
  const timeline = await openTimeline(page, '?group=none&start=2022-10-01&end=2023-12-31');
  // "In January, …": the text gives no year; the label, tooltip and panel do.
  const january = timeline.locator('.vis-item:has([data-item-id="evt_29558cd877ca"])');
  await expect(january.locator('.event-date')).toHaveText('January 2023');
  await january.getByRole('button').hover();
  await expect(page.locator('.vis-tooltip')).toContainText('January 2023 (month) — as written: “January”; date inferred: year taken from an earlier full date in the article');
  await january.getByRole('button').click();
  const detail = page.getByRole('complementary', { name: 'Event details' });
  await expect(detail.getByText('January 2023 (month)', { exact: true })).toBeVisible();
  await expect(detail).toContainText('Date inferred: year taken from an earlier full date in the article, “January 2023” (¶25).');
  await expect(detail).not.toContainText('earlier-full-date');

  // "A few days after" the attack: a week of days in October 2023, not "about 2023".
  await openTimeline(page, '?group=none&start=2022-10-01&end=2023-12-31&event=evt_19347501d5b1');
  const after = timeline.locator('.vis-item:has([data-item-id="evt_19347501d5b1"])');
  await expect(after.locator('.event-date')).toHaveText('about 8–14 October 2023');
  await expect(detail.getByText('about 8–14 October 2023', { exact: true })).toBeVisible();
  await expect(detail).toContainText('counted from the report of “');
  await expect(detail).not.toContainText('about 2023');
  await expect(detail).not.toContainText('relative-to-previous-event');
});
