import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
const defuse = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

/** UTF-8 with BOM, semicolons and CRLF: what Polish Excel opens without an import wizard. */
export function sendCsv(
  res: Response,
  filename: string,
  header: string[],
  rows: unknown[][],
): void {
  const body = stringify([header, ...rows.map(row => row.map(defuse))], {
    delimiter: ';',
    record_delimiter: 'windows',
  });
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(`\uFEFF${body}`);
}
