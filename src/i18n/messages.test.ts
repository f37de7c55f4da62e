/**
 * Every message of every language, rendered as users see it: with sample values (counts 0, 1, 2
 * and 1,500 through the plural rules, a name starting with a vowel, a pharmacy and a person). A
 * placeholder left unreplaced, a Dutch, French or German message left identical to English, or
 * French punctuation without its no-break space fails here.
 */
import { describe, expect, it } from 'vitest';
import { interpolate } from './I18nProvider';
import type { Language } from '../domain/languages';
import { CATALOGUES } from './allCatalogues';
import type { MessageKey as Key } from './catalogue';

const en = CATALOGUES.en;

/** Messages that are, correctly, the same word in English and in that language. */
const SAME_AS_ENGLISH: Partial<Record<Language, readonly Key[]>> = {
  fr: [
    'shell.nav.exclusions',
    'history.filter.declared',
    'shell.tools',
    'exclusions.col.profession',
    'declare.profession',
    'history.csv.profession',
    'exclusions.col.actions',
    'history.role.parent',
  ],
  // The official CD-HCPARTY labels that are the English word too.
  nl: ['profession.perslogopedist', 'profession.persorthoptist', 'profession.persoptometrist', 'profession.perspodologist', 'profession.perstrussmaker'],
  de: ['profession.persorthoptist', 'profession.persoptometrist', 'profession.perstrussmaker'],
};

const samples = [
  { name: 'Élodie Aerts', party: 'Pharmacie du Parc, pharmacie', patient: 'Adam Janssens' },
  { name: 'Jan Maes', party: 'Jan Maes, arts', patient: 'Lina Dubois' },
];
const values = (sample: (typeof samples)[number], count: number) => ({
  ...sample,
  count,
  query: 'xyz',
  identifier: '65120355',
  environment: 'Sandbox',
  reason: 'invalid_grant',
  ssin: '15.06.10-234.46',
  code: 'VAL999',
  application: 'MyHealth',
  page: 2,
  pages: 60,
});

describe.each(Object.entries(CATALOGUES))('%s messages', (language, catalogue) => {
  it('render every message with every sample, leaving no placeholder', () => {
    for (const [key, template] of Object.entries(catalogue)) {
      for (const sample of samples) {
        for (const count of [0, 1, 2, 1500]) {
          const shown = interpolate(template, values(sample, count));
          expect(shown, `${language} ${key}`).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });

  it("pick a plural form for every count by the language's rules", () => {
    const bases = Object.keys(catalogue)
      .filter((k) => k.endsWith('.one'))
      .map((k) => k.slice(0, -4));
    expect(bases.length).toBeGreaterThan(0);
    const rules = new Intl.PluralRules(language);
    for (const base of bases) {
      for (const count of [0, 1, 2, 1500]) {
        const form = rules.select(count) === 'one' ? 'one' : 'other';
        expect(catalogue[`${base}.${form}` as Key], `${language} ${base} ${count}`).toBeTruthy();
      }
    }
    // English and Dutch say "1 change" but "0 changes"; French says "0 modification".
    if (language === 'fr') expect(rules.select(0)).toBe('one');
    if (language === 'nl') expect(rules.select(0)).toBe('other');
  });

  if (language !== 'en') {
    it('translate every message (the same word as English only where the language uses it too)', () => {
      const allowed = new Set(SAME_AS_ENGLISH[language as Language] ?? []);
      const same = (Object.keys(en) as Key[]).filter((key) => catalogue[key] === en[key] && !allowed.has(key));
      expect(same).toEqual([]);
    });
  }

  if (language === 'fr') {
    it('put a no-break space before : ; ? ! and inside « »', () => {
      for (const [key, text] of Object.entries(catalogue)) expect(text, key).not.toMatch(/ [:;?!»]|« /);
    });

    it('never elide-prone "de {name}" or agree with a gender: a name goes after "visant", "concernant" or a colon', () => {
      for (const [key, text] of Object.entries(catalogue)) {
        expect(text, key).not.toMatch(/\bde \{(name|patient|party)\}/);
        expect(text, key).not.toMatch(/\{(name|party)\} (est|a été) \w+(é|u|i)e?\b/);
      }
    });
  }
});
