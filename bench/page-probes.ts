// Scripts run inside the page. Plain JavaScript source, not functions: tsx's esbuild would wrap
// functions in helpers (`__name`) that do not exist in the page. They keep their findings on
// `window.__bench`: `readyAt`, performance.now()
// (ms since navigation start) when an element first got data-ready="true", and `frames`,
// requestAnimationFrame timestamps while recording.

/** Init script: watches for the timeline's ready signal from the very start of the navigation. */
export const READY_PROBE = `(() => {
  const probe = { readyAt: null, frames: [], recording: 0 };
  window.__bench = probe;
  const observer = new MutationObserver(() => {
    if (probe.readyAt === null && document.querySelector('[data-ready="true"]')) {
      probe.readyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
})()`;

/**
 * Whether the ready signal was seen. A function, as waitForFunction evaluates strings with eval,
 * which the app's Content-Security-Policy forbids; it names no inner function, so esbuild adds nothing.
 */
export const isReady = () => (window as unknown as { __bench: { readyAt: number | null } }).__bench.readyAt !== null;

/** Expression: ms from navigation start to the ready signal. */
export const READY_AT = 'window.__bench.readyAt';

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
