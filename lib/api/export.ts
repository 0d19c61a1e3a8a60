// GET /api/export?format=json|csv|ics|timelinejs&<filter>: the matching events as a download.
import { z } from 'zod';
import { exportFile } from '../export/export-file';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, parseExportFormat } from '../export/formats';
import { configuredSiteUrl } from '../export/site-url';
import { eventFilterQuery, toEventFilter } from '../query/event-filter';
import { ruledString } from '../query/query-parameters';
import { defineEndpoint } from './endpoint';

export const exportEndpoint = defineEndpoint({
  path: '/api/export',
  summary: 'The matching events as a file',
  description: 'The events matching the filter as JSON, CSV, iCalendar or TimelineJS (see the README’s “Export format”), as a download.',
  query: eventFilterQuery.extend({
    format: ruledString((value) => parseExportFormat(value), `is required: one of ${EXPORT_FORMAT_NAMES.join(', ')}`).meta({
      enum: EXPORT_FORMAT_NAMES,
      description: 'The file format.',
    }),
  }),
  pathParameters: z.object({}),
  response: {
    description: 'The file, named `chronocite-events.<extension>`.',
    downloadTypes: [...new Set(Object.values(EXPORT_FORMATS).map((format) => format.contentType))],
  },
  // Links to cited paragraphs use the configured public address, never the request's host.
  answer: ({ format, ...filter }) => exportFile(format, toEventFilter(filter), configuredSiteUrl()),
});
