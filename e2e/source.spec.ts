import { expect, test, type Page } from '@playwright/test';

interface ApiEvent {
  id: string;
  title: string;
  citations: { source: string; paragraph: number; quote: string }[];
}

test('a source opened at a paragraph highlights it and scrolls it into view', async ({ page }) => {
  await page.goto('/sources/iran-hamas-officials-met-four-times-2023#p-30');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Top Iran, Hamas officials met 4 times/);
  const paragraph = page.locator('#p-30');
  await expect(paragraph).toHaveAttribute('aria-current', 'location');
  await expect(paragraph).toBeInViewport();
  await expect(page.locator('[aria-current="location"]')).toHaveCount(1);
});

test('from an event to its source paragraph and back to the timeline with the event selected', async ({ page, request }) => {
  const slug = 'iran-hamas-officials-met-four-times-2023';
  const response = await request.get(`/api/events?source=${slug}&from=2023-01-01&limit=100`);
  expect(response.ok()).toBe(true);
  const events = ((await response.json()) as { events: ApiEvent[] }).events;
  // An event quoted once in this article, so its paragraph names only it.
  const event = events.find((e) => e.citations.filter((c) => c.source === slug).length === 1 && e.citations.length === 1);
  expect(event, 'an event cited once, by this article').toBeDefined();
  const citation = event!.citations[0];

  await page.goto(`/sources/${slug}#p-${citation.paragraph}`);
  const paragraph = page.locator(`#p-${citation.paragraph}`);
  await expect(paragraph).toHaveAttribute('aria-current', 'location');
  await expect(paragraph).toBeInViewport();
  await expect(paragraph.locator('mark')).toHaveText(citation.quote);

  const marker = page.getByRole('list', { name: `Events citing paragraph ${citation.paragraph}` });
  await expect(marker).toBeInViewport();
  await expect(marker.getByRole('link')).toHaveText([event!.title]);
  await marker.getByRole('link', { name: event!.title }).click();

  await expect(page).toHaveURL(`/?event=${event!.id}`);
  await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(event!.title);
  await page.goBack();
  await expect(page.locator(`#p-${citation.paragraph}`)).toHaveAttribute('aria-current', 'location');
});

test('a paragraph quoted for several events numbers its marks and names every event in the margin', async ({ page }) => {
  await page.goto('/sources/iran-hamas-complex-enduring-alliance#p-14');
  const marker = page.getByRole('list', { name: 'Events citing paragraph 14' });
  await expect(page.getByText('Quoted in 3 events:')).toBeVisible();
  await expect(marker.getByRole('link')).toHaveText(['Hamas founded', 'Onset of the First Intifada', /^Iran begins to extend its patronage/]);
  for (const link of await marker.getByRole('link').all()) {
    expect(await link.getAttribute('href')).toMatch(/^\/\?event=evt_[0-9a-f]+$/);
  }
  await expect(page.locator('#p-14 mark')).toHaveCount(2);
  await expect(page.locator('#p-14 sup')).toHaveText(['1,2', '3']);
});

test('captions and page furniture are labelled as such and set back from the text', async ({ page }) => {
  await page.goto('/sources/cut-hamas-off-from-tehran');
  await expect(page.locator('#p-3')).toContainText('Caption');
  await expect(page.locator('#p-19')).toContainText('Page furniture');
  await expect(page.locator('#p-19')).toContainText('Stay updated with the latest news!');
  const color = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).color);
  expect(await color('#p-19')).not.toBe(await color('#p-6'));
  await expect(page.getByRole('heading', { level: 2, name: /Israel actively working to thwart Iran/ })).toHaveAttribute('id', 'p-14');
});

test('the sources list gives every article its metadata and leads to the reader and the timeline', async ({ page }) => {
  await page.goto('/sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  await expect(page.getByText('5 articles')).toBeVisible();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /cut Hamas off from Tehran/ }) });
  await expect(item).toContainText('The Jerusalem Post');
  await expect(item).toContainText('Publication date not given; estimated from the text as 8 February 2025');
  await expect(item).toContainText('latest date stated in the text');
  await expect(item.getByRole('link', { name: /^\d+ events? on the timeline$/ })).toHaveAttribute('href', '/?source=cut-hamas-off-from-tehran');
  await expect(page.getByRole('heading', { level: 2, name: 'Untitled article (hamas-delegation-tehran-dialogue-forum)' })).toBeVisible();

  await item.getByRole('link', { name: /cut Hamas off from Tehran/ }).click();
  await expect(page).toHaveURL('/sources/cut-hamas-off-from-tehran');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Israel and US must cut Hamas off from Tehran - opinion');
  await page.getByRole('link', { name: '¶3' }).click();
  await expect(page.locator('#p-3')).toHaveAttribute('aria-current', 'location');
});

test('an unusable page of the sources list is explained, never an error page', async ({ page }) => {
  for (const [query, message] of [
    ['page=abc', 'The page is a whole number from 1; showing the first page.'],
    ['page=2', 'There is 1 page; showing the first.'],
    ['page=1&page=2', 'Give the page only once; showing the first page.'],
  ]) {
    const response = await page.goto(`/sources?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
  }
});

test('an unknown source is a friendly 404 page', async ({ page }) => {
  const response = await page.goto('/sources/no-such-article');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Source not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See every source' })).toHaveAttribute('href', '/sources');
});

async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

test('the reader and the list fit a 375 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const url of ['/sources', '/sources/iran-hamas-complex-enduring-alliance']) {
    await page.goto(url);
    expect(await overflowsHorizontally(page), url).toBe(false);
  }
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
