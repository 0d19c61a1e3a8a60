import { expect, test, type APIRequestContext } from '@playwright/test';
import { openTimeline } from './timeline-helpers';

interface ApiEvent {
  id: string;
  title: string;
  sourceCount: number;
  passageCount: number;
  mentionCount: number;
  citations: { source: string; sourceTitle: string; paragraph: number; role: 'report' | 'mention'; roleBasis: string | null }[];
  discrepancies: { measure: string; values: { text: string; source: string; sourceTitle: string; paragraph: number }[] }[];
}

/** The October 7 event, on which the seeded sources give differing death tolls. */
async function disputedEvent(request: APIRequestContext): Promise<ApiEvent> {
  const response = await request.get('/api/events?from=2023-10-07&to=2023-10-07');
  expect(response.ok()).toBe(true);
  const events = ((await response.json()) as { events: ApiEvent[] }).events;
  const disputed = events.find((event) => event.discrepancies.some((d) => d.measure === 'killed'));
  expect(disputed, 'an October 7 event whose sources disagree on the killed').toBeDefined();
  return disputed!;
}

function countsInWords(event: ApiEvent): string {
  return `${event.sourceCount} sources · ${event.passageCount} passages`;
}

test('the API counts distinct sources that report an event, not passages or mentions', async ({ request }) => {
  const event = await disputedEvent(request);
  const reports = event.citations.filter((c) => c.role === 'report');
  expect(event.sourceCount).toBe(new Set(reports.map((c) => c.source)).size);
  expect(event.passageCount).toBe(reports.length);
  expect(event.mentionCount).toBe(event.citations.length - reports.length);
  // One article names the attack only as a time ("on the eve of its October 7 massacre"): cited, not counted.
  expect(event.sourceCount).toBeLessThan(new Set(event.citations.map((c) => c.source)).size);
  expect(event.passageCount).toBeLessThan(event.citations.length);
  for (const mention of event.citations.filter((c) => c.role === 'mention')) expect(mention.roleBasis).toBeTruthy();
});

test('the timeline item badges the sources that report it and flags the disagreement', async ({ page }) => {
  const event = await disputedEvent(page.request);
  const timeline = await openTimeline(page, '?group=none&start=2023-09-01&end=2023-11-30');
  const item = timeline.getByRole('button', { name: new RegExp(`${countsInWords(event)}; Sources disagree on killed\\)$`) });
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-item-id', event.id);
  await expect(item.locator('.source-count')).toHaveText(String(event.sourceCount));
  await expect(item.locator('.disagreement-flag')).toBeVisible();
  // An event whose sources agree carries a badge but no flag.
  const agreeing = timeline.getByRole('button', { name: /\d+ sources? · \d+ passages?\)$/ }).first();
  await expect(agreeing.locator('.source-count')).toBeVisible();
  await expect(agreeing.locator('.disagreement-flag')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/timeline-corroboration.png' });
});

test('the panel opens with the disagreement, names sources by title, and lists reports before mentions', async ({ page }) => {
  const event = await disputedEvent(page.request);
  await openTimeline(page, `?event=${event.id}`);
  const panel = page.getByRole('complementary', { name: 'Event details' });
  const note = panel.getByRole('note', { name: 'Sources disagree' });
  await expect(note).toContainText('Sources disagree: killed — over 1,200 (');
  await expect(note).toContainText(/over 1,200 \(.+\) · 1,400 \(.+\)/);
  for (const value of event.discrepancies[0].values) {
    const link = note.getByRole('link', { name: `${value.sourceTitle}, ¶${value.paragraph}` });
    await expect(link).toHaveAttribute('href', `/sources/${value.source}#p-${value.paragraph}`);
  }
  // A source is named by its title; only an article without one is named by its file's slug.
  const titled = event.discrepancies[0].values.filter((value) => value.sourceTitle !== `Untitled article (${value.source})`);
  expect(titled.length).toBeGreaterThan(1);
  for (const value of titled) await expect(note).not.toContainText(value.source);
  // First thing under the title, above the date and the counts.
  const title = panel.getByRole('heading', { level: 2, name: event.title });
  const counts = panel.getByText(`${countsInWords(event)} · ${event.mentionCount} mentions in passing`);
  const [titleBox, noteBox, countsBox] = await Promise.all([title.boundingBox(), note.boundingBox(), counts.boundingBox()]);
  expect(noteBox!.y).toBeGreaterThan(titleBox!.y);
  expect(noteBox!.y).toBeLessThan(countsBox!.y);
  const reports = panel.getByRole('heading', { level: 3, name: `Reporting passages (${event.passageCount})` });
  const mentions = panel.getByRole('heading', { level: 3, name: `Mentioned in passing (${event.mentionCount})` });
  const [reportsBox, mentionsBox] = await Promise.all([reports.boundingBox(), mentions.boundingBox()]);
  expect(reportsBox!.y).toBeLessThan(mentionsBox!.y);
  const basis = event.citations.find((c) => c.role === 'mention')!.roleBasis!;
  await expect(panel.getByText(`Names the event as a time: “${basis}”`)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/panel-disagreement.png' });
});

test('the list shows each event\'s source count and flags the disagreement', async ({ page }) => {
  const event = await disputedEvent(page.request);
  await page.goto('/?view=list&from=2023-10-01&to=2023-10-31');
  const list = page.getByRole('region', { name: 'Events in date order' });
  const entry = list.getByRole('article', { name: event.title });
  await expect(entry).toContainText(`${countsInWords(event)} · ${event.mentionCount} mentions in passing`);
  await expect(entry.getByText('Sources disagree on killed')).toBeVisible();
  const others = list.getByRole('article').filter({ hasNotText: event.title });
  await expect(others.first()).toContainText(/\d+ sources? · \d+ passages?/);
  await expect(others.filter({ hasText: 'Sources disagree' })).toHaveCount(0);
});
