// CSV injection (OWASP): a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
// return before them) as a formula. Quotes are article text and could start that way, so such cells
// get a leading apostrophe, which spreadsheets read as "this is text" and do not display.
// Full-width look-alikes are included because spreadsheets that normalise character width read
// them as the ASCII signs.
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** The cell as a spreadsheet will show it, never as a formula it would run. */
export function spreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
