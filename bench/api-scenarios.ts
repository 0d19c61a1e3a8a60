// The requests bench/api.ts times. Each scenario cycles through a few parameter values, so a run
// is not one cached page of SQLite answered over and over; the values exist in data/actors.yaml
// and in the generator's date range (2016–2025 for shared happenings).

export interface ApiScenario {
  name: string;
  /** Paths with query strings, requested in turn. */
  paths: string[];
}

const MONTHS = ['2016-03', '2017-06', '2018-09', '2019-12', '2020-02', '2021-05', '2022-08', '2023-10', '2024-01', '2024-04', '2025-07', '2025-11'];
const ACTORS = ['hamas', 'iran', 'hezbollah', 'israel', 'qatar'];
const SEARCHES = ['hezbollah', 'tehran', 'agreement', 'strikes', 'islamic republic'];
const YEARS = ['2017', '2020', '2023', '2025'];

export const API_SCENARIOS: ApiScenario[] = [
  { name: 'events: one month', paths: MONTHS.map((month) => `/api/events?from=${month}&to=${month}`) },
  { name: 'events: actor', paths: ACTORS.map((actor) => `/api/events?actor=${actor}`) },
  { name: 'events: search', paths: SEARCHES.map((q) => `/api/events?q=${encodeURIComponent(q)}`) },
  { name: 'timeline: one month', paths: MONTHS.map((month) => `/api/timeline?start=${month}&end=${month}`) },
  { name: 'timeline: one year', paths: YEARS.map((year) => `/api/timeline?start=${year}&end=${year}`) },
  // What the main page asks first when opened on an actor: every period, in actor lanes.
  { name: 'timeline: all, actor', paths: ACTORS.map((actor) => `/api/timeline?start=1940-01-01&end=2060-01-01&group=actor&actor=${actor}`) },
];

/** The scenario the issue sets a target for: p95 ≤ 50 ms at one client. */
export const TARGET = { scenario: 'events: one month', clients: 1, p95Ms: 50 };
