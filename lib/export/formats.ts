// The export formats, shared by `npm run export` and `GET /api/export`: one table, so the command
// line and the download give the same file for the same filter.
import { ParameterError } from '../query/parameter-error';
import { clip } from '../query/query-date';
import type { ExportInput } from './export-input';
import { toCsv } from './to-csv';
import { toIcs } from './to-ics';
import { toJsonExport } from './to-json';
import { toTimelineJs } from './to-timelinejs';

export interface ExportFormat {
  contentType: string;
  /** File name extension, without the dot. */
  extension: string;
  render: (input: ExportInput) => string;
}

export const EXPORT_FORMATS = {
  json: {
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
    render: ({ sources, events }) => prettyJson(toJsonExport(sources, events)),
  },
  csv: { contentType: 'text/csv; charset=utf-8; header=present', extension: 'csv', render: toCsv },
  ics: { contentType: 'text/calendar; charset=utf-8', extension: 'ics', render: toIcs },
  timelinejs: {
    contentType: 'application/json; charset=utf-8',
    extension: 'timeline.json',
    render: (input) => prettyJson(toTimelineJs(input)),
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

/** Reads a format name; throws a ParameterError naming `parameter` when it is missing or unknown. */
export function parseExportFormat(value: string | null | undefined, parameter = 'format'): ExportFormatName {
  if (value === null || value === undefined || value === '') {
    throw new ParameterError(parameter, `is required: one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
  }
  if (!Object.hasOwn(EXPORT_FORMATS, value)) {
    throw new ParameterError(parameter, `${JSON.stringify(clip(value))} is not one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
  }
  return value as ExportFormatName;
}

/** The download's file name, the same for every filter so saved files are easy to find. */
export function exportFileName(format: ExportFormatName): string {
  return `chronocite-events.${EXPORT_FORMATS[format].extension}`;
}

function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
