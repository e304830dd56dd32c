/**
 * Formats one CSV line (RFC 4180 quoting). Cells that a spreadsheet would run as a formula
 * get a leading apostrophe, since rationales are free text typed by users.
 */
export function csvLine(
  cells: Array<string | number | boolean | undefined>,
): string {
  return `${cells
    .map(cell => {
      let text = cell === undefined ? '' : String(cell);
      if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',')}\r\n`;
}
