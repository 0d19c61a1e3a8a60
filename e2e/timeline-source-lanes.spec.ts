// Lanes by source. The seeded corpus has fewer sources than MAX_SOURCE_LANES, so every source
// citing an event has a lane and there is no lane of other sources; the cap itself is tested on
// the server (test/db/timeline-window.test.ts, test/db/source-lane-clusters.test.ts).
import { expect, test, type APIRequestContext } from '@playwright/test';
import { MAX_SOURCE_LANES } from '../lib/query/timeline-window';
import { openTimeline } from './timeline-helpers';

interface ApiSource {
  slug: string;
  title: string | null;
  eventCount: number;
}

async function citingSources(request: APIRequestContext): Promise<ApiSource[]> {
  const response = await request.get('/api/sources');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { sources: ApiSource[] }).sources.filter((source) => source.eventCount > 0);
}

test('lanes by source are labelled with the titles of the citing sources', async ({ page, request }) => {
  const sources = await citingSources(request);
  expect(sources.length).toBeGreaterThan(1);
  expect(sources.length).toBeLessThanOrEqual(MAX_SOURCE_LANES);
  const timeline = await openTimeline(page, '?group=source');
  await expect(page.getByLabel('Lanes')).toHaveValue('source');
  for (const source of sources) {
    await expect(timeline.getByText(source.title ?? `Untitled article (${source.slug})`, { exact: true })).toBeVisible();
  }
  await expect(timeline.getByText(/^Other sources \(/)).toHaveCount(0);
  await expect(timeline.locator('.vis-label')).toHaveCount(sources.length);
  // An event two sources cite is drawn in the lane of each.
  const response = await request.get('/api/events?limit=500');
  const events = ((await response.json()) as { events: { id: string; citations: { source: string }[] }[] }).events;
  const shared = events.map((event) => ({ id: event.id, sources: [...new Set(event.citations.map((c) => c.source))] })).find((e) => e.sources.length > 1);
  expect(shared, 'an event cited by two sources').toBeDefined();
  for (const source of shared!.sources) await expect(timeline.locator(`[data-item-id="${shared!.id}@${source}"]`)).toHaveCount(1);
});

test('with a source filter, the filter sources are the lanes', async ({ page, request }) => {
  const [chosen] = (await citingSources(request)).filter((source) => source.slug === 'cut-hamas-off-from-tehran');
  expect(chosen, 'the seeded source').toBeDefined();
  const timeline = await openTimeline(page, `?source=${chosen.slug}&group=source`);
  await expect(timeline.getByText(chosen.title!, { exact: true })).toBeVisible();
  await expect(timeline.locator('.vis-label')).toHaveCount(1);
  await expect(timeline.locator(`[data-item-id$="@${chosen.slug}"]`).first()).toBeVisible();
});
