import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Exclusion } from '../../api/exclusions';
import { I18nProvider } from '../../i18n/I18nProvider';
import { en } from '../../i18n/messages/en';
import { ExclusionRows } from './ExclusionRows';

const exclusion = (i: number): Exclusion => ({
  patient: { identifier: [{ type: 'ssin', value: '85071412330' }] },
  hcParty: { identifier: [{ type: 'nihii', value: String(10000000 + i) }], name: `Pharmacy ${i}`, firstName: null, qualificationCode: 'orgpharmacy' },
});

describe('ExclusionRows', () => {
  it('draws every row once, in order, in row groups of 20 that each know how many rows they hold', () => {
    const exclusions = Array.from({ length: 45 }, (_, i) => exclusion(i));
    render(
      <I18nProvider initial={{ language: 'en', catalogue: en }}>
        <table>
          <ExclusionRows exclusions={exclusions} onRevoke={vi.fn()} />
        </table>
      </I18nProvider>,
    );
    const groups = screen.getAllByRole('rowgroup');
    expect(groups.map((group) => within(group).getAllByRole('row').length)).toEqual([20, 20, 5]);
    expect(groups.map((group) => group.style.getPropertyValue('--rows'))).toEqual(['20', '20', '5']);
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(exclusions.map((_, i) => `Pharmacy ${i}`));
  });
});
