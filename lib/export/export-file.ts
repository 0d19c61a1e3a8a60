// GET /api/export: the file for a format and a filter.
import type { EventFilter } from '../query/event-filter';
import { EXPORT_FORMATS, exportFileName, type ExportFormatName } from './formats';
import { loadExportInput } from './load-export';

export interface ExportFile {
  body: string;
  contentType: string;
  fileName: string;
}

/** Renders the export of the events matching `filter`. */
export async function exportFile(format: ExportFormatName, filter: EventFilter, siteUrl: string): Promise<ExportFile> {
  const { contentType, render } = EXPORT_FORMATS[format];
  return { body: render(await loadExportInput(filter, siteUrl)), contentType, fileName: exportFileName(format) };
}
