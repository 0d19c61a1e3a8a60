// Shared steps of the timeline e2e tests: open a view and read what the timeline shows.
import { expect, type APIResponse, type Locator, type Page } from '@playwright/test';

/** Opens the timeline at `query` and waits until vis-timeline has drawn and the first window has loaded. */
export async function openTimeline(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/${query}`);
  const timeline = page.getByRole('region', { name: 'Timeline of events' });
  await expect(timeline).toHaveAttribute('data-ready', 'true');
  await expect(timeline).toHaveAttribute('aria-busy', 'false');
  return timeline;
}

export async function windowSpan(timeline: Locator): Promise<number> {
  const { start, end } = await windowEdges(timeline);
  return end - start;
}

export async function windowEdges(timeline: Locator): Promise<{ start: number; end: number }> {
  const [start, end] = await Promise.all([timeline.getAttribute('data-window-start'), timeline.getAttribute('data-window-end')]);
  return { start: Date.parse(start!), end: Date.parse(end!) };
}

/** The "N of M events" status as numbers. */
export async function counts(page: Page): Promise<{ matching: number; total: number }> {
  const status = page.getByRole('toolbar', { name: 'Timeline controls' }).getByRole('status');
  await expect(status).toHaveText(/^[\d,]+ of [\d,]+ events$/);
  const [matching, total] = (await status.textContent())!.match(/[\d,]+/g)!.map((n) => Number(n.replace(/,/g, '')));
  return { matching, total };
}

/** Distinct events drawn (an event appears once per lane it belongs to). */
export async function drawnEventIds(timeline: Locator): Promise<string[]> {
  const ids = await timeline.locator('[data-item-id^="evt_"]').evaluateAll((elements) =>
    elements.map((element) => (element as HTMLElement).dataset.itemId!.split('@')[0]),
  );
  return [...new Set(ids)].sort();
}

/** The total the events API reports for a filter query. */
export async function apiTotal(page: Page, filterQuery: string): Promise<number> {
  const response = await page.request.get(`/api/events?${filterQuery}&limit=1`);
  expect(response.ok()).toBe(true);
  return (await response.json()).total;
}

/** Every event id the events API lists for a filter query, following its cursor. */
export async function apiEventIds(page: Page, filterQuery: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const response: APIResponse = await page.request.get(`/api/events?${filterQuery}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(response.ok()).toBe(true);
    const body: { events: { id: string }[]; nextCursor: string | null } = await response.json();
    ids.push(...body.events.map((event) => event.id));
    cursor = body.nextCursor;
  } while (cursor !== null);
  return ids.sort();
}
