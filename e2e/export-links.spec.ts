import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { openTimeline } from './timeline-helpers';

const FORMATS = [['JSON', 'json'], ['CSV', 'csv'], ['iCalendar', 'ics'], ['TimelineJS', 'timelinejs']] as const;

test('the export menu offers each format for the current filter', async ({ page }) => {
  await openTimeline(page, '?actor=hezbollah&q=Lebanon&group=none');
  await page.getByText('Export', { exact: true }).click();
  const menu = page.getByRole('list', { name: 'Export the matching events' });
  for (const [name, format] of FORMATS) {
    const link = menu.getByRole('link', { name, exact: true });
    await expect(link).toHaveAttribute('download', '');
    const href = new URL((await link.getAttribute('href'))!, page.url());
    expect(href.pathname).toBe('/api/export');
    expect(href.searchParams.get('format')).toBe(format);
    expect(href.searchParams.getAll('actor')).toEqual(['hezbollah']);
    expect(href.searchParams.get('q')).toBe('Lebanon');
    // The view's own parameters are not part of the filter.
    expect(href.searchParams.has('group')).toBe(false);
  }
});

test('each export downloads from the interface', async ({ page }) => {
  await openTimeline(page, '?actor=hezbollah');
  await page.getByText('Export', { exact: true }).click();
  for (const [name] of FORMATS) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('list', { name: 'Export the matching events' }).getByRole('link', { name, exact: true }).click(),
    ]);
    expect(await download.failure()).toBeNull();
    expect(download.suggestedFilename()).toMatch(/\.(json|csv|ics)$/);
    const body = fs.readFileSync((await download.path())!, 'utf8');
    // Every export names the filter's events; Hezbollah's include Qaani's visit to Lebanon.
    expect(body).toContain('Esmail Qaani visits Lebanon');
  }
});
