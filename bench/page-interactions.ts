import type { Browser, Page } from '@playwright/test';
import { percentiles, type Percentiles } from './percentiles';
import { VIEWPORT } from './page-load';
import { isReady, READY_PROBE, START_FRAMES, STOP_FRAMES } from './page-probes';

export interface FrameMeasurement {
  /** Time between consecutive animation frames (ms) in each phase. */
  phases: Record<string, Percentiles>;
  all: Percentiles;
}

const WHEEL_STEP_PX = 120;
const STEPS_EACH_WAY = 8;
const DRAG_STEP_PX = 24;

/**
 * Zooms with the mouse wheel, pans by dragging and zooms with the + and − buttons, each for
 * `phaseMs`, recording requestAnimationFrame timestamps throughout. Directions alternate so the
 * view stays near where it started (and never hits the zoom limits for long).
 */
export async function measureInteractions(browser: Browser, url: string, phaseMs: number): Promise<FrameMeasurement> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: READY_PROBE });
    await page.goto(url);
    await page.waitForFunction(isReady, null, { timeout: 120_000 });
    const timeline = page.getByRole('region', { name: 'Timeline of events' });
    const box = await timeline.boundingBox();
    if (box === null) throw new Error('the timeline region has no box on the page');
    const centre = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 200) };

    const phases: Record<string, number[]> = {
      'wheel zoom': await recordFrames(page, () => wheelZoom(page, centre, phaseMs)),
      'drag pan': await recordFrames(page, () => dragPan(page, centre, phaseMs)),
      'zoom buttons': await recordFrames(page, () => zoomButtons(page, phaseMs)),
    };
    return {
      phases: Object.fromEntries(Object.entries(phases).map(([name, frames]) => [name, percentiles(frames)])),
      all: percentiles(Object.values(phases).flat()),
    };
  } finally {
    await context.close();
  }
}

async function recordFrames(page: Page, interact: () => Promise<void>): Promise<number[]> {
  await page.evaluate(START_FRAMES);
  await interact();
  return page.evaluate<number[]>(STOP_FRAMES);
}

async function wheelZoom(page: Page, at: { x: number; y: number }, ms: number): Promise<void> {
  await page.mouse.move(at.x, at.y);
  const until = Date.now() + ms;
  for (let step = 0; Date.now() < until; step++) {
    const zoomIn = Math.floor(step / STEPS_EACH_WAY) % 2 === 0;
    await page.mouse.wheel(0, zoomIn ? -WHEEL_STEP_PX : WHEEL_STEP_PX);
    await page.waitForTimeout(30);
  }
}

async function dragPan(page: Page, from: { x: number; y: number }, ms: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  let x = from.x;
  const until = Date.now() + ms;
  for (let step = 0; Date.now() < until; step++) {
    x += Math.floor(step / (STEPS_EACH_WAY * 2)) % 2 === 0 ? -DRAG_STEP_PX : DRAG_STEP_PX;
    await page.mouse.move(x, from.y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}

async function zoomButtons(page: Page, ms: number): Promise<void> {
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  const until = Date.now() + ms;
  for (let step = 0; Date.now() < until; step++) {
    await (Math.floor(step / 3) % 2 === 0 ? zoomIn : zoomOut).click();
    await page.waitForTimeout(250);
  }
}
