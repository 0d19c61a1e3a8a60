// The timeline's actor picker lists the actors events name, most events first, the others behind
// "Show all"; news outlets get a lane only when the filter names them; a discovered actor's page
// says it was found in the text.
import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './timeline-helpers';

interface ApiActor {
  slug: string;
  name: string;
  eventCount: number;
  media: boolean;
  discovered: boolean;
  evidence: string | null;
}

async function apiActors(page: Page): Promise<ApiActor[]> {
  const response = await page.request.get('/api/actors');
  expect(response.ok()).toBe(true);
  return (await response.json()).actors;
}

async function openFilters(page: Page) {
  await page.getByRole('button', { name: /^Filters/ }).click();
  return page.getByRole('form', { name: 'Filters' });
}

test('the actor picker lists actors with events, most events first, and the rest on "Show all"', async ({ page }) => {
  await openTimeline(page, '?group=none');
  const actors = await apiActors(page);
  const withEvents = actors
    .filter((actor) => actor.eventCount > 0)
    .sort((a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name, 'en'));
  const without = actors.length - withEvents.length;
  expect(without).toBeGreaterThan(0);

  const filters = await openFilters(page);
  const boxes = filters.getByRole('list', { name: 'Actors to filter by' }).getByRole('checkbox');
  await expect(boxes).toHaveCount(withEvents.length);
  const labels = await filters.getByRole('list', { name: 'Actors to filter by' }).getByRole('listitem').allTextContents();
  expect(labels).toEqual(withEvents.map((actor) => `${actor.name} (${actor.eventCount})`));

  const showAll = filters.getByRole('button', { name: `Show all (${without} more without events)` });
  await expect(showAll).toHaveAttribute('aria-expanded', 'false');
  await showAll.click();
  await expect(boxes).toHaveCount(actors.length);
  const fewer = filters.getByRole('button', { name: 'Show only actors with events' });
  await expect(fewer).toHaveAttribute('aria-expanded', 'true');
  await fewer.click();
  await expect(boxes).toHaveCount(withEvents.length);

  // A search looks through every actor, events or not.
  const idle = actors.find((actor) => actor.eventCount === 0)!;
  await filters.getByLabel('Find an actor').fill(idle.name);
  await expect(filters.getByRole('checkbox', { name: `${idle.name} (0)` })).toBeVisible();
});

test('a news outlet gets a lane only when the filter names it', async ({ page }) => {
  const outlet = (await apiActors(page)).find((actor) => actor.media && actor.eventCount > 0);
  expect(outlet, 'an event of the corpus names a news outlet').toBeDefined();
  const response = await page.request.get(`/api/events?actor=${outlet!.slug}&affiliated=false&limit=1`);
  const [event] = (await response.json()).events as { id: string; start: string; actors: { slug: string }[] }[];
  const year = event.start.slice(0, 4);
  const window = `start=${year}-01-01&end=${year}-12-31`;

  // Unfiltered, the outlet's report sits in the lane of each other actor it names, or with the events naming none.
  const unfiltered = await openTimeline(page, `?${window}`);
  const lanes = event.actors.filter((actor) => actor.slug !== outlet!.slug).map((actor) => actor.slug);
  for (const lane of lanes.length ? lanes : ['_none']) await expect(unfiltered.locator(`[data-item-id="${event.id}@${lane}"]`)).toHaveCount(1);
  await expect(unfiltered.locator(`[data-item-id="${event.id}@${outlet!.slug}"]`)).toHaveCount(0);
  await expect(unfiltered.locator('.vis-label').filter({ hasText: outlet!.name })).toHaveCount(0);

  const byOutlet = await openTimeline(page, `?actor=${outlet!.slug}&${window}`);
  await expect(byOutlet.locator(`[data-item-id="${event.id}@${outlet!.slug}"]`)).toHaveCount(1);
  await expect(byOutlet.locator('.vis-label').filter({ hasText: outlet!.name })).toBeVisible();
});

test('a discovered actor’s page says it was found in the text, with the evidence', async ({ page }) => {
  const found = (await apiActors(page)).find((actor) => actor.discovered);
  // The e2e seed reads data/articles with the real extractor: until it finds actors of its own there
  // is none to show (test/db/discovered-actors.test.ts covers the profile through a fixture).
  test.skip(found === undefined, 'the seeded corpus has no discovered actor');
  await page.goto(`/actors/${found!.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(found!.name);
  await expect(page.getByRole('term').filter({ hasText: 'Found in the text' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: found!.evidence! })).toBeVisible();
  await page.getByRole('link', { name: 'Show on timeline' }).click();
  await expect(page).toHaveURL(`/?actor=${found!.slug}`);
});
