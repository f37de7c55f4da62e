/**
 * The history as a CSV file that Belgian spreadsheet programs open as columns. No dependency writes
 * CSV; papaparse's `unparse` (delimiter, `escapeFormulae`) would, as one more package for these lines.
 */
import type { Language } from '../../i18n/locales';

/**
 * Excel takes the list separator from the regional settings: a semicolon where the decimal mark is
 * a comma (Belgium in Dutch, French and German), a comma in English.
 */
export function csvSeparator(language: Language): ';' | ',' {
  return language === 'en' ? ',' : ';';
}

/**
 * A cell as text: quoted when it holds the separator, a quote or a line break (a bare CR too), and
 * never read as a formula: a cell starting with = + - @, a tab or a CR gets a leading apostrophe
 * (OWASP, CSV injection).
 */
function csvCell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a byte-order mark so spreadsheet programs read accents correctly. */
export function toCsv(header: string[], rows: string[][], separator: ';' | ',' = ','): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date and time with the offset, e.g. 2025-03-03 10:00:00 +01:00 (the browser's time zone). */
export function localTimestamp(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())} ${zone}`;
}

/** Whose history and when, never a national register number: history-Lina-Dubois-2026-11-23.csv. */
export function csvFileName(prefix: string, personName: string, now: Date): string {
  const slug = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .replace(/[^A-Za-z]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${[slug(prefix), slug(personName)].filter(Boolean).join('-')}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
