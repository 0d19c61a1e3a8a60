import type { Browser, Page } from '@playwright/test';
import { percentiles, type Percentiles } from './percentiles';
import { VIEWPORT } from './page-load';
import { DRAW_PROBE, isDrawn, START_FRAMES, STOP_FRAMES } from './page-probes';

export interface FrameMeasurement {
  /** Time between consecutive animation frames (ms) in each phase. */
  phases: Record<string, Percentiles>;
  all: Percentiles;
  /** The highest p95 of any phase: the target applies to each way of moving, not to their average. */
  worstP95: number;
}

const WHEEL_STEP_PX = 120;
const WHEEL_STEPS = 4;
const DRAG_STEP_PX = 24;
const DRAG_STEPS = 12;
/**
 * Between gestures people look, and the timeline loads the new window (it waits 200 ms for the
 * window to settle, then asks the server): the pause lets that arrive and be drawn while recording.
 */
const PAUSE_MS = 400;

/**
 * Zooms with the mouse wheel, pans by dragging and zooms with the + and − buttons, each for about
 * `phaseMs`, recording requestAnimationFrame timestamps throughout. Gestures alternate direction
 * so the view stays near where it started and never sits at a zoom limit.
 */
export async function measureInteractions(browser: Browser, url: string, phaseMs: number): Promise<FrameMeasurement> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: DRAW_PROBE });
    await page.goto(url);
    await page.waitForFunction(isDrawn, null, { timeout: 120_000 });
    const box = await page.getByRole('region', { name: 'Timeline of events' }).boundingBox();
    if (box === null) throw new Error('the timeline region has no box on the page');
    const centre = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 200) };
    // The toolbar's buttons: cluster labels on the timeline also offer to "zoom in".
    const toolbar = page.getByRole('toolbar', { name: 'Timeline controls' });
    const buttons = {
      in: toolbar.getByRole('button', { name: 'Zoom in', exact: true }),
      out: toolbar.getByRole('button', { name: 'Zoom out', exact: true }),
    };

    const phases: Record<string, number[]> = {
      'wheel zoom': await recordGestures(page, phaseMs, async (forward) => {
        await page.mouse.move(centre.x, centre.y);
        for (let i = 0; i < WHEEL_STEPS; i++) {
          await page.mouse.wheel(0, forward ? -WHEEL_STEP_PX : WHEEL_STEP_PX);
          await page.waitForTimeout(30);
        }
      }),
      'drag pan': await recordGestures(page, phaseMs, async (forward) => {
        await page.mouse.move(centre.x, centre.y);
        await page.mouse.down();
        for (let i = 1; i <= DRAG_STEPS; i++) {
          await page.mouse.move(centre.x + (forward ? -1 : 1) * i * DRAG_STEP_PX, centre.y);
          await page.waitForTimeout(16);
        }
        await page.mouse.up();
      }),
      'zoom buttons': await recordGestures(page, phaseMs, async (forward) => {
        for (let i = 0; i < 2; i++) {
          await (forward ? buttons.in : buttons.out).click();
          await page.waitForTimeout(PAUSE_MS);
        }
      }),
    };
    const summaries = Object.fromEntries(Object.entries(phases).map(([name, frames]) => [name, percentiles(frames)]));
    return {
      phases: summaries,
      all: percentiles(Object.values(phases).flat()),
      worstP95: Math.max(...Object.values(summaries).map((summary) => summary.p95)),
    };
  } finally {
    await context.close();
  }
}

/** Repeats `gesture` (alternately forward and back), each followed by a pause, for about `ms`. */
async function recordGestures(page: Page, ms: number, gesture: (forward: boolean) => Promise<void>): Promise<number[]> {
  await page.evaluate(START_FRAMES);
  const until = Date.now() + ms;
  for (let turn = 0; Date.now() < until; turn++) {
    await gesture(turn % 2 === 0);
    await page.waitForTimeout(PAUSE_MS);
  }
  return page.evaluate<number[]>(STOP_FRAMES);
}
