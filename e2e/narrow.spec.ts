import { devices, expect, test } from '@playwright/test';
import { openTimeline, windowEdges, windowSpan } from './timeline-helpers';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2, userAgent: devices['Pixel 5'].userAgent });

/** A two-finger gesture on the element's centre, fingers moving from `from` to `to` pixels apart. */
async function pinch(page: import('@playwright/test').Page, box: { x: number; y: number; width: number; height: number }, from: number, to: number) {
  const cdp = await page.context().newCDPSession(page);
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const points = (gap: number) => [{ x: cx - gap / 2, y: cy }, { x: cx + gap / 2, y: cy }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  for (let step = 1; step <= 10; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(from + ((to - from) * step) / 10) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function swipe(page: import('@playwright/test').Page, y: number, fromX: number, toX: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y }] });
  for (let step = 1; step <= 10; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: fromX + ((toX - fromX) * step) / 10, y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('at 375 px the timeline pans and zooms by touch and the event opens as a bottom sheet', async ({ page }) => {
  const timeline = await openTimeline(page, '?group=none');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const box = (await timeline.boundingBox())!;

  const initial = await windowSpan(timeline);
  await pinch(page, box, 60, 260);
  await expect.poll(() => windowSpan(timeline)).toBeLessThan(initial * 0.8);

  const before = await windowEdges(timeline);
  await swipe(page, box.y + box.height - 30, box.x + box.width * 0.7, box.x + box.width * 0.2);
  await expect.poll(async () => (await windowEdges(timeline)).start).toBeGreaterThan(before.start);

  await page.goto('/?group=none&event=evt_7eadd383a61a');
  const sheet = page.getByRole('complementary', { name: 'Event details' });
  await expect(sheet).toBeVisible();
  const sheetBox = (await sheet.boundingBox())!;
  expect(sheetBox.width).toBeGreaterThanOrEqual(370);
  expect(sheetBox.y + sheetBox.height).toBeCloseTo(740, -1);
  await page.screenshot({ path: 'test-results/screenshots/narrow-event.png' });
  await page.getByRole('button', { name: 'Close event details' }).tap();
  await expect(sheet).toBeHidden();
});

test('at 375 px the list fits the screen', async ({ page }) => {
  await page.goto('/?view=list');
  await expect(page.getByRole('region', { name: 'Events in date order' }).getByRole('article').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: 'test-results/screenshots/narrow-list.png' });
});
