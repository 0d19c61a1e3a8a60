import { expect, test } from '@playwright/test';

/** The id of the event whose citations include a passage with these words. */
async function eventCiting(page: import('@playwright/test').Page, words: string): Promise<string> {
  const response = await page.request.get(`/api/events?q=${encodeURIComponent(words)}&limit=500`);
  expect(response.ok()).toBe(true);
  const { events } = (await response.json()) as { events: { id: string; citations: { quote: string }[] }[] };
  const event = events.find((candidate) => candidate.citations.some((citation) => citation.quote.includes(words)));
  expect(event, `an event cites “${words}”`).toBeDefined();
  return event!.id;
}

test('each citation says who makes the claim: the person or body the source attributes it to, or the source itself', async ({ page }) => {
  const id = await eventCiting(page, 'have told The Jerusalem Post');
  await page.goto(`/events/${id}`);
  // A citation's figure shows its paragraph with the quoted passage marked.
  const citation = (words: string) => page.getByRole('figure').filter({ has: page.locator('mark', { hasText: words }) });

  await expect(citation('have told The Jerusalem Post')).toContainText('Reported by Multiple Israeli officials');
  await expect(citation('report said that since October 7')).toContainText('Reported by Meir Amit’s report');
  // The sentence denies involvement in the attack, not the attack: the source states the attack itself.
  const denial = citation('denied any direct involvement');
  await expect(denial).toContainText('Stated by the source');
  await expect(denial).not.toContainText('Denied');
});
