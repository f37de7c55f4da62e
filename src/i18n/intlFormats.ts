import { whenIdle } from '../components/idle';

/**
 * The Intl formatters the pages use, made once per locale and options. The first of each kind in
 * a language loads that language's data: 30–40 ms on a slow phone (CPU ×6), in the middle of
 * drawing a long history. `warmIntl` makes them ahead, each in an idle moment of its own.
 */
const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (value === undefined) made.set(key, (value = make()));
  return value;
}

export const pluralRules = (tag: string) => once(`plural|${tag}`, () => new Intl.PluralRules(tag));
export const numberFormat = (tag: string) => once(`number|${tag}`, () => new Intl.NumberFormat(tag));
export const dateFormat = (tag: string, options: Intl.DateTimeFormatOptions) =>
  once(`date|${tag}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, options));
export const relativeTimeFormat = (tag: string, numeric: 'always' | 'auto') =>
  once(`relative|${tag}|${numeric}`, () => new Intl.RelativeTimeFormat(tag, { numeric }));
// One collator for a sort: localeCompare with a language makes one per comparison.
export const collator = (tag: string) => once(`collator|${tag}`, () => new Intl.Collator(tag));

/** Makes these formatters (and loads their language's data) one per idle moment, before a page needs them. */
export function warmIntl(makers: (() => unknown)[]): void {
  for (const make of makers) whenIdle(() => void make());
}
