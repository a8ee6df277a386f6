/**
 * One CSV field, for every CSV we write: RFC 4180 quoting, and the OWASP rule against formula
 * injection. A spreadsheet runs a cell that starts with = + - @ tab or CR as a formula; such a cell
 * (an uploaded file named `=HYPERLINK(…).txt`) gets a leading ' so it is shown as the text it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}
