import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LanguagePicker } from './LanguagePicker';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { en } from '../i18n/messages/en';

// German's messages "cannot be fetched" (offline); the others load as in the app.
vi.mock('../i18n/catalogues', async (importActual) => {
  const actual = await importActual<typeof import('../i18n/catalogues')>();
  return {
    ...actual,
    loadCatalogue: (language: 'nl' | 'fr' | 'de' | 'en') =>
      language === 'de' ? Promise.reject(new TypeError('Failed to fetch')) : actual.loadCatalogue(language),
  };
});

function Heading() {
  const { t } = useI18n();
  return <h1>{t('login.title')}</h1>;
}

function renderPage() {
  render(
    <I18nProvider initial={{ language: 'en', catalogue: en }}>
      <LanguagePicker />
      <Heading />
    </I18nProvider>,
  );
}

describe('the language picker', () => {
  it('switches language once its messages are loaded, and remembers the choice', async () => {
    renderPage();
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'fr');
    expect(await screen.findByRole('heading', { name: 'Se connecter' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByLabelText('Langue')).toHaveValue('fr');
    expect(localStorage.getItem('te.language')).toBe('fr');
  });

  it('when the messages cannot be fetched, the page, the picker and the saved choice stay as they were', async () => {
    renderPage();
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'de');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Language')).toHaveValue('en');
    expect(localStorage.getItem('te.language')).toBeNull();
  });
});
