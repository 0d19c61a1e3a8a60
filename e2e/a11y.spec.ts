import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './timeline-helpers';

/** Serious and critical violations, as "rule: target" lines, so a failure says where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the timeline with an open event and the filters', async ({ page }) => {
      await openTimeline(page, '?event=evt_7eadd383a61a');
      await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
      await page.getByRole('button', { name: /^Filters/ }).click();
      await page.getByText('Export', { exact: true }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/a11y-timeline-${scheme}.png` });
    });

    test('the list', async ({ page }) => {
      await page.goto('/?view=list');
      await expect(page.getByRole('region', { name: 'Events in date order' }).getByRole('article').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('an event page', async ({ page }) => {
      await page.goto('/events/evt_dd43f2d1a08c');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second Lebanon War');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/event-page-${scheme}.png`, fullPage: true });
    });
  });
}
