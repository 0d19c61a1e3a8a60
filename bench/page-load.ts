import type { Browser, Request } from '@playwright/test';
import { DRAW_PROBE, DRAW_TIMES, isDrawn } from './page-probes';

export interface ScriptFile {
  /** Path of the script on the server, e.g. `/_next/static/chunks/….js`. */
  path: string;
  /** Bytes on the wire (gzip when the server compressed it). */
  encodedBytes: number;
  decodedBytes: number;
  contentEncoding: string | null;
}

export interface LoadMeasurement {
  /** From navigation start to the first events or clusters drawn on the timeline, in ms. */
  firstDrawnMs: number;
  /** From navigation start to the timeline's data-ready="true" (its empty axis drawn), in ms. */
  readyMs: number;
  /**
   * The renderer's main-thread work until then (Chrome's Performance.getMetrics: tasks, of which
   * script and layout), in ms. Unlike the wall-clock time it barely grows when other processes
   * compete for the CPU: it tells how much of a slow first draw is the page's own work.
   */
  mainThreadMs: { tasks: number; script: number; layout: number };
  /** Bytes of the HTML document on the wire. */
  documentEncodedBytes: number;
  /** Every script file the page fetched until its first drawn timeline, largest first. */
  javascript: { encodedBytes: number; decodedBytes: number; files: ScriptFile[] };
}

export const VIEWPORT = { width: 1280, height: 800 };
const DRAWN_TIMEOUT_MS = 120_000;

/** One first visit of `url` in a fresh browser context (empty cache). */
export async function measureLoad(browser: Browser, url: string): Promise<LoadMeasurement> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: DRAW_PROBE });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const scripts: Promise<ScriptFile>[] = [];
    let documentBytes: Promise<number> | null = null;
    const onFinished = (request: Request) => {
      if (request.resourceType() === 'script') scripts.push(scriptFile(request));
      if (request.resourceType() === 'document' && documentBytes === null) documentBytes = request.sizes().then((s) => s.responseBodySize);
    };
    page.on('requestfinished', onFinished);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(isDrawn, null, { timeout: DRAWN_TIMEOUT_MS, polling: 100 });
    const times = await page.evaluate<{ readyAt: number; drawnAt: number }>(DRAW_TIMES);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seconds = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
    const mainThreadMs = { tasks: ms(seconds('TaskDuration')), script: ms(seconds('ScriptDuration')), layout: ms(seconds('LayoutDuration')) };
    await page.waitForLoadState('load');
    // Scripts fetched later (after the first drawn timeline) are not part of the figure.
    page.off('requestfinished', onFinished);
    const files = (await Promise.all(scripts)).sort((a, b) => b.encodedBytes - a.encodedBytes);
    return {
      firstDrawnMs: times.drawnAt,
      readyMs: times.readyAt,
      mainThreadMs,
      documentEncodedBytes: documentBytes === null ? 0 : await documentBytes,
      javascript: {
        encodedBytes: files.reduce((sum, file) => sum + file.encodedBytes, 0),
        decodedBytes: files.reduce((sum, file) => sum + file.decodedBytes, 0),
        files,
      },
    };
  } finally {
    await context.close();
  }
}

async function scriptFile(request: Request): Promise<ScriptFile> {
  const response = await request.response();
  const sizes = await request.sizes();
  return {
    path: new URL(request.url()).pathname,
    encodedBytes: sizes.responseBodySize,
    decodedBytes: response === null ? 0 : (await response.body()).length,
    contentEncoding: response === null ? null : ((await response.allHeaders())['content-encoding'] ?? null),
  };
}

function ms(seconds: number): number {
  return Math.round(seconds * 1000);
}
