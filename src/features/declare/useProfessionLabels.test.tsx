import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PRACTITIONER_PROFESSIONS } from '../../domain/professions';
import type { Language } from '../../domain/languages';
import { CATALOGUES } from '../../i18n/allCatalogues';
import { I18nProvider } from '../../i18n/I18nProvider';
import { en } from '../../i18n/messages/en';
import { useProfessionLabels } from './useProfessionLabels';

const loadCatalogue = vi.hoisted(() => vi.fn<(language: Language) => Promise<unknown>>());
vi.mock('../../i18n/catalogues', () => ({ loadCatalogue }));
loadCatalogue.mockImplementation(async (language) => CATALOGUES[language]);

const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider initial={{ language: 'en', catalogue: en }}>{children}</I18nProvider>;
const dentist = PRACTITIONER_PROFESSIONS.find((p) => p.code === 'persdentist')!;

describe('useProfessionLabels', () => {
  it('asks for the other languages only once the patient searches, then finds a profession by any of its names', async () => {
    const { result, rerender } = renderHook(({ searching }) => useProfessionLabels(searching), { wrapper, initialProps: { searching: false } });
    expect(result.current.own(dentist)).toBe('Dentist');
    expect(result.current.inAnyLanguage(dentist)).toEqual([]);
    expect(loadCatalogue).not.toHaveBeenCalled();

    rerender({ searching: true });
    await waitFor(() => expect(result.current.inAnyLanguage(dentist)).toContain('Tandarts'));
    expect(loadCatalogue.mock.calls.map(([language]) => language).sort()).toEqual(['de', 'en', 'fr', 'nl']);
  });
});
