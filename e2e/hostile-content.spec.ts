// An article full of markup, javascript: links and look-alike characters (test/fixtures/hostile)
// shows as inert text in the source reader and the timeline. It runs on a server of its own with a
// database holding only that article, so the shared e2e database is left alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seedCorpus } from '../lib/seed/seed-corpus';
import { startNextServer, type NextServer } from '../test/hardening/next-server';
import { migratedDatabase } from '../test/seed/migrated-database';

const ROOT = path.join(import.meta.dirname, '..');
const PORT = Number(process.env.E2E_PORT ?? 3107) + 1;
let dir: string;
let server: NextServer;

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-hostile-e2e-'));
  const database = migratedDatabase(dir);
  seedCorpus({ articlesDir: path.join(ROOT, 'test', 'fixtures', 'hostile'), actorsFile: path.join(ROOT, 'data', 'actors.yaml'), databaseFile: database });
  server = await startNextServer(database, PORT);
});

test.afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Fails the test on any dialog (alert, confirm, prompt) the article's markup might open. */
function forbidDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

async function expectInert(page: Page): Promise<void> {
  const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
  expect(scripts.filter((text) => /alert\('(title|p1|p2|p3|p4|publisher|author)'\)/.test(text) && !text.includes('self.__next'))).toEqual([]);
  await expect(page.locator('img[src="x"], [onerror]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
}

test('the source reader shows the markup as text and runs none of it', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  await page.goto(`${server.url}/sources/hostile-content`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("<script>alert('title')</script> Talks in <b>Cairo</b>");
  await expect(page.getByText("<script>alert('p1')</script> Talks resumed", { exact: false })).toBeVisible();
  await expect(page.getByText("<img src=x onerror=alert('p2')>", { exact: false })).toBeVisible();
  await expect(page.getByText(`<a href="javascript:alert('p4')">a link</a>`, { exact: false })).toBeVisible();
  await expectInert(page);
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});

test('the timeline shows the events of the hostile article and runs none of its markup', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  await page.goto(server.url);
  await page.waitForLoadState('networkidle');
  const html = await page.content();
  expect(html).not.toContain("<script>alert('p1')</script>");
  await expectInert(page);
  expect(dialogs).toEqual([]);
});
