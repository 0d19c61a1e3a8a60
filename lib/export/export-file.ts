// GET /api/export: the file for a format and the API's filter parameters.
import { FILTER_PARAMETERS, rejectUnknownParameters } from '../api/request-parameters';
import { parseEventFilter, single } from '../query/event-filter';
import { EXPORT_FORMATS, exportFileName, parseExportFormat } from './formats';
import { loadExportInput } from './load-export';

export interface ExportFile {
  body: string;
  contentType: string;
  fileName: string;
}

const PARAMETERS = ['format', ...FILTER_PARAMETERS];

/** Renders the export; throws a ParameterError naming the first bad, missing or unknown parameter. */
export async function exportFile(params: URLSearchParams, siteUrl: string): Promise<ExportFile> {
  rejectUnknownParameters(params, PARAMETERS);
  const format = parseExportFormat(single(params, 'format'));
  const filter = parseEventFilter(params);
  const { contentType, render } = EXPORT_FORMATS[format];
  return { body: render(await loadExportInput(filter, siteUrl)), contentType, fileName: exportFileName(format) };
}
