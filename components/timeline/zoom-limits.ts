// How far the timeline zooms in and out. vis-timeline fits every window it is given into these
// limits; fitting the first window the same way beforehand lets its events be asked for before
// vis-timeline has loaded, for exactly the window it will show.

const DAY_MS = 24 * 60 * 60 * 1000;

/** One day at most across the screen. */
export const ZOOM_MIN_MS = DAY_MS;
/** Sixty years at least across the screen. */
export const ZOOM_MAX_MS = 60 * 365.25 * DAY_MS;

/** The window vis-timeline shows for `start`–`end`: widened or narrowed about its middle, as vis-timeline does. */
export function withinZoomLimits(window: { start: Date; end: Date }): { start: Date; end: Date } {
  let start = window.start.getTime();
  let end = Math.max(window.end.getTime(), start);
  if (end - start < ZOOM_MIN_MS) {
    const diff = ZOOM_MIN_MS - (end - start);
    start -= diff / 2;
    end += diff / 2;
  }
  if (end - start > ZOOM_MAX_MS) {
    const diff = end - start - ZOOM_MAX_MS;
    start += diff / 2;
    end -= diff / 2;
  }
  return { start: new Date(start), end: new Date(end) };
}
