/** Byte-order mark: without it Excel opens UTF-8 as Windows-1250 and breaks Polish letters. */
const BOM = '\uFEFF';
/** Polish Excel uses the comma as decimal separator, so it expects semicolons between fields. */
const SEPARATOR = ';';
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes a cell when needed and defuses spreadsheet formulas (CSV injection). */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Header + rows as a CSV file for Excel with Polish regional settings (BOM, `;`, CRLF). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map(cells => cells.map(csvCell).join(SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
