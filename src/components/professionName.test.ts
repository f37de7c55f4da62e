import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../domain/languages';
import { ALL_PROFESSIONS, findProfession } from '../domain/professions';
import { CATALOGUES } from '../i18n/allCatalogues';
import { translator } from '../i18n/I18nProvider';
import { professionName } from './professionName';

describe('professionName', () => {
  it('names every profession of the table in every language (the official CD-HCPARTY labels)', () => {
    for (const language of LANGUAGES) {
      const t = translator(CATALOGUES[language]);
      for (const { code } of [...ALL_PROFESSIONS, findProfession('persdentalhygienist')!]) {
        const name = professionName(code, t);
        expect(name, `${language} ${code}`).not.toBe(code);
        expect(name.trim(), `${language} ${code}`).not.toBe('');
      }
    }
  });

  it('names a profession in the page’s language, by either spelling, and shows an unknown code as it came', () => {
    expect(professionName('persphysician', translator(CATALOGUES.fr))).toBe('Médecin');
    expect(professionName('persphysiotherapist', translator(CATALOGUES.nl))).toBe('Kinesitherapeut');
    expect(professionName('orgpharmacy', translator(CATALOGUES.de))).toBe('Apotheke');
    expect(professionName('persordentalhygienist', translator(CATALOGUES.en))).toBe('Oral dental hygienist');
    expect(professionName('persdentalhygienist', translator(CATALOGUES.nl))).toBe('Mondhygiënist');
    expect(professionName('unknowncode', translator(CATALOGUES.en))).toBe('unknowncode');
  });
});
