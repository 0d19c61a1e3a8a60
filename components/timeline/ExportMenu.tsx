const FORMATS = [
  { format: 'json', name: 'JSON' },
  { format: 'csv', name: 'CSV' },
  { format: 'ics', name: 'iCalendar' },
  { format: 'timelinejs', name: 'TimelineJS' },
] as const;

/** Downloads of the events the current filter selects, in each export format. */
export function ExportMenu({ filterQuery }: { filterQuery: string }) {
  const suffix = filterQuery === '' ? '' : `&${filterQuery}`;
  return (
    <details className="popover export-menu">
      <summary>Export</summary>
      <ul aria-label="Export the matching events">
        {FORMATS.map(({ format, name }) => (
          <li key={format}>
            {/* The file name comes from the response's Content-Disposition. */}
            <a href={`/api/export?format=${format}${suffix}`} download>{name}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
