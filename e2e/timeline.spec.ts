import { expect, test, type Locator, type Page } from '@playwright/test';

async function openTimeline(page: Page): Promise<Locator> {
  await page.goto('/');
  const timeline = page.getByRole('region', { name: 'Timeline of events' });
  await expect(timeline).toHaveAttribute('data-ready', 'true');
  return timeline;
}

async function windowSpan(timeline: Locator): Promise<number> {
  const [start, end] = await Promise.all([
    timeline.getAttribute('data-window-start'),
    timeline.getAttribute('data-window-end'),
  ]);
  return Date.parse(end!) - Date.parse(start!);
}

test('the timeline shows the seeded events', async ({ page }) => {
  const timeline = await openTimeline(page);
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ events$/);
  const total = Number((await status.textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThan(10);
  await expect(timeline.getByRole('button')).toHaveCount(total);
  await expect(timeline.getByRole('button', { name: /7 October 2023/ }).first()).toBeVisible();
});

test('zooming in with the button and the wheel narrows the visible window', async ({ page }) => {
  const timeline = await openTimeline(page);
  const initial = await windowSpan(timeline);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => windowSpan(timeline)).toBeLessThan(initial * 0.8);
  const afterButton = await windowSpan(timeline);

  const box = (await timeline.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => windowSpan(timeline)).toBeLessThan(afterButton);

  await page.getByRole('button', { name: 'Fit all events' }).click();
  await expect.poll(() => windowSpan(timeline)).toBeGreaterThan(afterButton);
});

test('an event leads to its quote and to the highlighted source paragraph', async ({ page }) => {
  const timeline = await openTimeline(page);
  await timeline.getByRole('button', { name: /8 February 2025/ }).first().click();

  const detail = page.getByRole('complementary', { name: 'Event details' });
  await expect(detail).toBeVisible();
  await expect(detail.getByText('8 February 2025', { exact: true })).toBeVisible();
  await expect(detail.getByRole('blockquote').first()).toContainText('Hamas delegation in Tehran on Saturday');
  await expect(detail).toContainText('Ali Khamenei');

  const link = detail.getByRole('link', { name: /^Read paragraph \d+ in the source$/ }).first();
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
