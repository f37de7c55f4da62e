/**
 * The declare form's rules on react-hook-form, as a user meets them: what is checked when, which
 * message stays, what is sent and what is kept as a draft. The e2e specs (exclusions, patient)
 * hold the same rules in a browser, against the sandbox.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http';
import type { DeclareInput } from '../../api/declareExclusion';
import type { Profile } from '../../auth/profiles';
import { ActivePersonProvider } from '../../components/activePerson';
import { NavigationProvider, type Navigation } from '../../components/navigation';
import { I18nProvider } from '../../i18n/I18nProvider';
import { en } from '../../i18n/messages/en';
import { DeclarePage } from './DeclarePage';
import { BLUR_CHECK_DELAY_MS } from './useDeclareForm';

const self: Profile = { ssin: '79030204523', sub: 'sub-self', relation: 'self', allowed: true, name: 'Marc Dubois' };
const child: Profile = { ssin: '15061023446', sub: 'sub-child', relation: 'child', allowed: true, name: 'Lina Dubois' };
let active: Profile = child;
// The page as a host hands it over: the person, and a navigation that only records where it was sent.
const go = vi.fn<Navigation['go']>();
const navigation: Navigation = {
  go,
  Link: ({ to, children, ...props }) => (
    <a href={`#${to.page}`} {...props}>
      {children}
    </a>
  ),
  arrival: undefined,
  arrivalKey: 'default',
  ownsDocumentTitle: false,
  print: vi.fn(),
  useViewParams: () => [new URLSearchParams(), () => undefined],
};

type Callbacks = { onSuccess?: (outcome: unknown) => void; onError?: (error: unknown) => void; onSettled?: () => void };
const mutate = vi.fn<(input: DeclareInput, callbacks: Callbacks) => void>();
vi.mock('../../api/declareExclusion', () => ({ useDeclareExclusion: () => ({ mutate, isPending: false }) }));

const draftKey = (ssin: string) => `te.draft.declare.${ssin}`;

function renderPage() {
  render(
    <I18nProvider initial={{ language: 'en', catalogue: en }}>
      <NavigationProvider value={navigation}>
        <ActivePersonProvider value={{ self, active }}>
          <DeclarePage />
        </ActivePersonProvider>
      </NavigationProvider>
    </I18nProvider>,
  );
  return {
    // Read when used: a pharmacy's form has no SSIN field.
    get ssin() {
      return screen.getByLabelText('The care provider’s national register number (INSZ / NISS)');
    },
    submit: screen.getByRole('button', { name: 'Exclude' }),
    messageAt: (field: string) => document.getElementById(`declare-${field}-error`),
  };
}

/** A physician chosen from a draft, so each test starts at the number. */
function withPhysicianDraft(ssin = '') {
  sessionStorage.setItem(draftKey(active.ssin), JSON.stringify({ kind: 'practitioner', profession: 'persphysician', ssin, nihii: '' }));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  active = child;
  mutate.mockReset();
  go.mockReset();
});

describe('the declare form', () => {
  it('checks a number a moment after the user leaves it, not while typing, and shows no summary before a submit', async () => {
    const user = userEvent.setup();
    const { ssin, messageAt } = renderPage();
    await user.type(ssin, '8812014024');
    expect(messageAt('ssin')).toBeNull();
    await user.tab();
    // Not at once: a click that left the field must land on the button where it was.
    expect(messageAt('ssin')).toBeNull();
    await waitFor(() => expect(messageAt('ssin')).toHaveTextContent('A national register number has 11 digits.'));
    expect(ssin).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a failed submit sends nothing, lists every message in a focused summary, and a corrected field loses its message at once', async () => {
    const user = userEvent.setup();
    const { ssin, submit, messageAt } = renderPage();
    await user.type(ssin, '88120140246');
    await user.click(submit);
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('Choose the profession from the list.');
    expect(summary).toHaveTextContent('check the last two digits');
    expect(mutate).not.toHaveBeenCalled();

    await user.clear(ssin);
    await user.type(ssin, '88120140245');
    await waitFor(() => expect(messageAt('ssin')).toBeNull());
    expect(messageAt('profession')).toHaveTextContent('Choose the profession from the list.');
  });

  it('a server code stays at its field after leaving it and after a change elsewhere, until that field changes', async () => {
    withPhysicianDraft('85.07.30-033.28');
    mutate.mockImplementation((_, { onError }) => onError?.(new ApiError('http', 400, [{ code: 'VAL006', message: 'Invalid hcParty' }])));
    const user = userEvent.setup();
    const { ssin, submit, messageAt } = renderPage();
    await user.click(submit);
    const known = 'The eHealth platform knows no care provider of this kind with this number.';
    await waitFor(() => expect(messageAt('ssin')).toHaveTextContent(known));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());

    await user.click(ssin);
    await user.tab();
    await pause(BLUR_CHECK_DELAY_MS * 2);
    expect(messageAt('ssin')).toHaveTextContent(known);
    await user.click(screen.getByLabelText('A pharmacy'));
    await user.click(screen.getByLabelText('A health professional (a person)'));
    expect(messageAt('ssin')).toHaveTextContent(known);

    await user.type(screen.getByLabelText('The care provider’s national register number (INSZ / NISS)'), '9');
    await waitFor(() => expect(messageAt('ssin')).not.toHaveTextContent(known));
    expect(mutate).toHaveBeenCalledOnce();
  });

  it('catches the patient’s and the user’s own number before sending, on submit and on leaving the field', async () => {
    withPhysicianDraft(child.ssin);
    const user = userEvent.setup();
    const { ssin, submit, messageAt } = renderPage();
    await user.click(submit);
    await waitFor(() => expect(messageAt('ssin')).toHaveTextContent('the person whose exclusions you manage'));
    await user.clear(ssin);
    await user.type(ssin, self.ssin);
    await user.tab();
    await waitFor(() => expect(messageAt('ssin')).toHaveTextContent('This is your own national register number'));
    expect(mutate).not.toHaveBeenCalled();
  });

  it('sends one request for two quick submits, with the party and code the schema checked', async () => {
    withPhysicianDraft('75.08.21-611.02');
    const user = userEvent.setup();
    const { submit } = renderPage();
    await user.dblClick(submit);
    await waitFor(() => expect(mutate).toHaveBeenCalled());
    await pause(50);
    expect(mutate).toHaveBeenCalledOnce();
    expect(mutate.mock.calls[0]?.[0]).toEqual({ patientSsin: child.ssin, party: { type: 'ssin', value: '75082161102' }, qualificationCode: 'persphysician' });
  });

  it('keeps a draft per profile: written as the user types, not on opening, restored with a notice', async () => {
    const user = userEvent.setup();
    const first = renderPage();
    expect(sessionStorage.getItem(draftKey(child.ssin))).toBeNull();
    await user.click(screen.getByLabelText('A pharmacy'));
    await user.type(screen.getByLabelText('NIHII number of the pharmacy'), '62045158');
    expect(JSON.parse(sessionStorage.getItem(draftKey(child.ssin)) ?? '{}')).toMatchObject({ kind: 'pharmacy', nihii: '62045158' });
    expect(first.messageAt('nihii')).toBeNull();

    cleanup();
    active = self;
    renderPage();
    expect(screen.getByLabelText('A health professional (a person)')).toBeChecked();
    expect(screen.queryByText('What you had typed has been restored.')).toBeNull();
    expect(sessionStorage.getItem(draftKey(self.ssin))).toBeNull();

    cleanup();
    active = child;
    renderPage();
    expect(screen.getByText('What you had typed has been restored.')).toBeVisible();
    expect(screen.getByLabelText('A pharmacy')).toBeChecked();
    expect(screen.getByLabelText('NIHII number of the pharmacy')).toHaveValue('62045158');
  });
});
