import { expect, test } from '@playwright/test';

test('a source opened at a paragraph highlights it and scrolls it into view', async ({ page }) => {
  await page.goto('/sources/iran-hamas-officials-met-four-times-2023#p-30');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Top Iran, Hamas officials met 4 times/);
  const paragraph = page.locator('#p-30');
  await expect(paragraph).toHaveAttribute('aria-current', 'location');
  await expect(paragraph).toBeInViewport();
  await expect(page.locator('[aria-current="location"]')).toHaveCount(1);
});

test('an unknown source is a 404 page', async ({ page }) => {
  const response = await page.goto('/sources/no-such-article');
  expect(response?.status()).toBe(404);
});

test('every page is served with security headers', async ({ request }) => {
  for (const url of ['/', '/sources/cut-hamas-off-from-tehran']) {
    const response = await request.get(url);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
  }
});
