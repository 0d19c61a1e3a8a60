// Scripts run inside the page. Plain JavaScript source, not functions: tsx's esbuild would wrap
// functions in helpers (`__name`) that do not exist in the page. They keep their findings on
// `window.__bench`.

/** The timeline region, as people and the e2e tests find it. */
const TIMELINE = '[role="region"][aria-label="Timeline of events"]';

/**
 * Init script, watching from the very start of the navigation for two moments (performance.now(),
 * ms since navigation start): `readyAt`, when the timeline says it is ready (data-ready="true":
 * vis-timeline drew its empty axis), and `drawnAt`, when it first shows events or clusters (a
 * `.vis-item` inside it, after they came from /api/timeline). The second is the first drawn timeline.
 */
export const DRAW_PROBE = `(() => {
  const probe = { readyAt: null, drawnAt: null, frames: [], recording: 0 };
  window.__bench = probe;
  const observer = new MutationObserver(() => {
    if (probe.readyAt === null && document.querySelector('${TIMELINE}[data-ready="true"]')) probe.readyAt = performance.now();
    if (probe.readyAt !== null && document.querySelector('${TIMELINE} .vis-item')) {
      probe.drawnAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
})()`;

/**
 * Whether the first drawn timeline was seen. A function, as waitForFunction evaluates strings with
 * eval, which the app's Content-Security-Policy forbids; it names no inner function, so esbuild adds nothing.
 */
export const isDrawn = () => (window as unknown as { __bench: { drawnAt: number | null } }).__bench.drawnAt !== null;

/** Expression: `{ readyAt, drawnAt }`. */
export const DRAW_TIMES = '({ readyAt: window.__bench.readyAt, drawnAt: window.__bench.drawnAt })';

/**
 * Starts recording frame timestamps; each frame schedules the next until stopped. Each recording
 * has its own number, so a frame callback still pending from the previous one records nothing.
 */
export const START_FRAMES = `(() => {
  const probe = window.__bench;
  const recording = (probe.recording || 0) + 1;
  probe.recording = recording;
  probe.frames = [];
  const tick = (time) => {
    if (probe.recording !== recording) return;
    probe.frames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Expression: stops recording and gives the time between consecutive frames, in ms. */
export const STOP_FRAMES = `(() => {
  const probe = window.__bench;
  probe.recording += 1;
  return probe.frames.slice(1).map((time, i) => time - probe.frames[i]);
})()`;
