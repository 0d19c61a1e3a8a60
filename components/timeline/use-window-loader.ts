'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Grouping, SourceLanes, TimelineWindow } from '@/lib/query/timeline-window';
import { isoDay } from '@/lib/view-state/iso-day';
import { sameSourceLanes } from '@/lib/view-state/lanes';
import { CLUSTER_PREFIX, toClusterItems, toVisItems, type VisItem } from './timeline-items';

/** Requests wait this long for the window to settle, so a wheel spin costs one request. */
const DEBOUNCE_MS = 200;
/** The window is loaded with half its width on each side, so short pans need no request. */
const MARGIN_SHARE = 0.5;
/** Beyond this many loaded items, those outside the latest window are let go. */
const MAX_KEPT_ITEMS = 5000;

export interface LoadedWindow {
  items: VisItem[];
  /** Lane ids holding something loaded, to draw only lanes with content. */
  lanes: Set<string>;
  /** With group=source, the latest answer's choice of source lanes. */
  sourceLanes: SourceLanes | null;
  loading: boolean;
  error: string | null;
}

/**
 * Loads the visible window plus a margin from /api/timeline as people scroll and zoom: debounced,
 * stale requests aborted, already-loaded events kept while panning. `filterQuery` is the filter's
 * canonical query string; a new filter or grouping starts afresh.
 */
export function useWindowLoader(filterQuery: string, group: Grouping, roots: Map<string, string | null>) {
  const [loaded, setLoaded] = useState<LoadedWindow>({ items: [], lanes: new Set(), sourceLanes: null, loading: true, error: null });
  const kept = useRef(new Map<string, VisItem>());
  // Set when the filter or grouping changed: the next answer replaces what is drawn instead of adding to it.
  const stale = useRef(false);
  const pending = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastRange = useRef<{ start: Date; end: Date } | null>(null);
  // The query of the answer drawn or on its way: asking for the same again is a no-op.
  const requested = useRef<string | null>(null);
  const rootsRef = useRef(roots);
  rootsRef.current = roots;
  const sourceLanes = useRef<SourceLanes | null>(null);

  const load = useCallback(async (start: Date, end: Date) => {
    const margin = (end.getTime() - start.getTime()) * MARGIN_SHARE;
    const from = isoDay(new Date(start.getTime() - margin));
    const to = isoDay(new Date(end.getTime() + margin));
    const params = new URLSearchParams(filterQuery);
    params.set('start', from);
    params.set('end', to);
    params.set('group', group);
    if (params.toString() === requested.current) return;
    requested.current = params.toString();
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setLoaded((previous) => ({ ...previous, loading: true }));
    try {
      const response = await fetch(`/api/timeline?${params}`, { signal: controller.signal });
      const body = await response.json();
      if (!response.ok) throw new Error(body?.error?.message ?? `the server answered ${response.status}`);
      const window = body as TimelineWindow;
      const answerLanes = window.sourceLanes ?? null;
      // Kept items sit in the lanes of the answer they came with: other lanes start afresh.
      if (stale.current || !sameSourceLanes(sourceLanes.current, answerLanes)) kept.current = new Map();
      stale.current = false;
      sourceLanes.current = answerLanes;
      if (window.clusters.length > 0) {
        // Counts replace everything: single events would hide inside the cluster ranges.
        kept.current = new Map(toClusterItems(window.clusters, group).map((item) => [item.id, item]));
      } else {
        for (const id of kept.current.keys()) if (id.startsWith(CLUSTER_PREFIX)) kept.current.delete(id);
        for (const item of toVisItems(window.items, group, rootsRef.current, answerLanes)) kept.current.set(item.id, item);
        if (kept.current.size > MAX_KEPT_ITEMS) dropOutside(kept.current, from, to);
      }
      const items = [...kept.current.values()];
      const lanes = new Set(items.flatMap((item) => (item.group ? [item.group] : [])));
      setLoaded({ items, lanes, sourceLanes: answerLanes, loading: false, error: null });
    } catch (error) {
      if (controller.signal.aborted) return;
      requested.current = null;
      setLoaded((previous) => ({ ...previous, loading: false, error: error instanceof Error ? error.message : String(error) }));
    }
  }, [filterQuery, group]);

  /** Asks for a window; only the last request of a burst is sent, but the first one at once (nothing to settle). */
  const request = useCallback((start: Date, end: Date) => {
    const first = lastRange.current === null;
    lastRange.current = { start, end };
    if (timer.current !== null) clearTimeout(timer.current);
    if (first) void load(start, end);
    else timer.current = setTimeout(() => void load(start, end), DEBOUNCE_MS);
  }, [load]);

  // A new filter or grouping: load the current window for it now; what is drawn stays until it arrives.
  useEffect(() => {
    stale.current = true;
    if (lastRange.current !== null) void load(lastRange.current.start, lastRange.current.end);
    return () => {
      pending.current?.abort();
      // What was aborted never arrives: the same window must be asked for again.
      requested.current = null;
    };
  }, [load]);

  useEffect(() => () => {
    if (timer.current !== null) clearTimeout(timer.current);
  }, []);

  return useMemo(() => ({ ...loaded, request }), [loaded, request]);
}

function dropOutside(items: Map<string, VisItem>, from: string, to: string) {
  const [first, last] = [Date.parse(from), Date.parse(to)];
  for (const [id, item] of items) {
    const end = (item.end ?? item.start).getTime();
    if (end < first || item.start.getTime() > last) items.delete(id);
  }
}
