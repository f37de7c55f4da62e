import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Exclusion } from '../../api/exclusions';
import { I18nProvider, useI18n } from '../../i18n/I18nProvider';
import { en } from '../../i18n/messages/en';
import { ExclusionRows } from './ExclusionRows';

const exclusion = (i: number): Exclusion => ({
  patient: { identifier: [{ type: 'ssin', value: '85071412330' }] },
  hcParty: { identifier: [{ type: 'nihii', value: String(10000000 + i) }], name: `Pharmacy ${i}`, firstName: null, qualificationCode: 'orgpharmacy' },
});

let switchTo: (language: 'nl') => Promise<void> = async () => undefined;
function LanguageSwitch() {
  switchTo = useI18n().setLanguage;
  return null;
}

function renderRows(count: number) {
  const exclusions = Array.from({ length: count }, (_, i) => exclusion(i));
  render(
    <I18nProvider initial={{ language: 'en', catalogue: en }}>
      <LanguageSwitch />
      <table>
        <ExclusionRows exclusions={exclusions} onRevoke={vi.fn()} />
      </table>
    </I18nProvider>,
  );
  return exclusions;
}

const rowLanguages = () => screen.getAllByRole('row').map((row) => row.getAttribute('lang'));
const buttons = () => screen.getAllByRole('button').map((button) => button.textContent);

describe('ExclusionRows', () => {
  it('draws every row once, in order, in row groups of 5 that each know how many rows they hold', () => {
    const exclusions = renderRows(12);
    const groups = screen.getAllByRole('rowgroup');
    expect(groups.map((group) => within(group).getAllByRole('row').length)).toEqual([5, 5, 2]);
    expect(groups.map((group) => group.style.getPropertyValue('--rows'))).toEqual(['5', '5', '2']);
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(exclusions.map((_, i) => `Pharmacy ${i}`));
    expect(rowLanguages()).toEqual(Array(12).fill('en'));
  });

  it('after a change of language, takes the rows to it a few at a time, in order, each row with its lang', async () => {
    renderRows(45);
    const seen: string[][] = [];
    const observer = new MutationObserver(() => seen.push(buttons()));
    observer.observe(document.body, { subtree: true, characterData: true, childList: true });
    await act(() => switchTo('nl'));
    await waitFor(() => expect(buttons()).toEqual(Array(45).fill('Intrekken')));
    observer.disconnect();
    expect(rowLanguages()).toEqual(Array(45).fill('nl'));
    // Never a row in Dutch below one still in English, and more than one step on the way.
    const dutch = seen.map((shown) => shown.filter((text) => text === 'Intrekken').length);
    seen.forEach((shown, i) => expect(shown.slice(0, dutch[i])).toEqual(Array(dutch[i]).fill('Intrekken')));
    expect(new Set(dutch.filter((n) => n > 0 && n < 45)).size).toBeGreaterThan(1);
  });
});
