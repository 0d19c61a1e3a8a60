'use client';

import type { ReactNode } from 'react';
import type { Grouping } from '@/lib/query/timeline-window';
import type { View } from '@/lib/view-state/view-state';

interface Props {
  view: View;
  group: Grouping;
  matching: number;
  total: number;
  filtersOpen: boolean;
  activeFilters: number;
  filterPanelId: string;
  onZoom: (direction: 'in' | 'out' | 'fit') => void;
  onView: (view: View) => void;
  onGroup: (group: Grouping) => void;
  onToggleFilters: () => void;
  search: ReactNode;
  exportMenu: ReactNode;
}

const GROUP_LABELS: Record<Grouping, string> = { actor: 'by actor', source: 'by source', none: 'none' };

/** The slim bar above the timeline: zoom, view, lanes, search, filters, export and the count. */
export function Toolbar(props: Props) {
  const { view, group, matching, total, filtersOpen, activeFilters, filterPanelId } = props;
  return (
    <div className="toolbar" role="toolbar" aria-label="Timeline controls">
      <div className="toolbar-group" role="group" aria-label="View">
        {(['timeline', 'list'] as View[]).map((option) => (
          <button key={option} type="button" aria-pressed={view === option} onClick={() => props.onView(option)}>
            {option === 'timeline' ? 'Timeline' : 'List'}
          </button>
        ))}
      </div>
      {view === 'timeline' && (
        <>
          <div className="toolbar-group" role="group" aria-label="Zoom">
            <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => props.onZoom('in')}>+</button>
            <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={() => props.onZoom('out')}>−</button>
            <button type="button" aria-label="Fit all events" title="Fit all events (0)" onClick={() => props.onZoom('fit')}>Fit</button>
          </div>
          <label className="toolbar-field">
            Lanes{' '}
            <select value={group} onChange={(event) => props.onGroup(event.target.value as Grouping)}>
              {(Object.keys(GROUP_LABELS) as Grouping[]).map((option) => (
                <option key={option} value={option}>{GROUP_LABELS[option]}</option>
              ))}
            </select>
          </label>
        </>
      )}
      {props.search}
      <button type="button" aria-expanded={filtersOpen} aria-controls={filterPanelId} onClick={props.onToggleFilters}>
        Filters{activeFilters > 0 ? ` (${activeFilters})` : ''}
      </button>
      {props.exportMenu}
      <span className="count" role="status">
        {matching.toLocaleString('en-US')} of {total.toLocaleString('en-US')} events
      </span>
    </div>
  );
}
