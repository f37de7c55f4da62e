/**
 * The API in demo mode: answers the four endpoints from memory, in the wire format, without a
 * token and without any request leaving the page. Declaring and revoking change the data until
 * the page is reloaded.
 */
import type { TokenSource } from '../../api/tokenSource';
import { DEMO_PATIENT_SSIN, demoParties, demoRevoked, type DemoParty } from './demoData';

interface HistoryEntry {
  author: DemoParty[];
  target: DemoParty;
  timestamp: string;
  operation: 'DECLARE_EXCLUSION' | 'REVOKE_EXCLUSION';
}

const patient = { identifier: [{ type: 'ssin', value: DEMO_PATIENT_SSIN }] };
const author: DemoParty = { identifier: [{ type: 'ssin', value: DEMO_PATIENT_SSIN }], firstName: 'Demo', name: 'Patient', qualificationCode: 'perspatient' };
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();

let excluded: DemoParty[] = [];
let history: HistoryEntry[] = [];

/** Back to the data the demo starts with. */
export function resetDemoData(): void {
  excluded = [...demoParties];
  history = [
    { author: [author], target: demoRevoked, timestamp: day(20), operation: 'REVOKE_EXCLUSION' },
    ...demoParties.map((target, i) => ({ author: [author], target, timestamp: day(30 + i * 7), operation: 'DECLARE_EXCLUSION' as const })),
    { author: [author], target: demoRevoked, timestamp: day(90), operation: 'DECLARE_EXCLUSION' },
  ];
}
resetDemoData();

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const same = (a: DemoParty, type: string | null, value: string | null) => a.identifier.some((id) => id.type === type && id.value === value);

function partyFrom(search: URLSearchParams): [string, string] | undefined {
  if (search.has('hcPartySsin')) return ['ssin', search.get('hcPartySsin')!];
  if (search.has('hcPartyNihii')) return ['nihii', search.get('hcPartyNihii')!];
  return undefined;
}

export const demoTransport: typeof fetch = async (input, init) => {
  const url = new URL(String(input));
  const method = init?.method ?? 'GET';
  const party = partyFrom(url.searchParams);
  if (url.pathname.includes('/histories')) return history.length ? json(200, history) : json(404, []);
  if (method === 'GET') {
    const found = party ? excluded.filter((p) => same(p, ...party)) : excluded;
    return found.length
      ? json(
          200,
          found.map((hcParty) => ({ patient, hcParty })),
        )
      : json(404, []);
  }
  if (method === 'POST') {
    const body = JSON.parse(String(init?.body)) as { hcParty: { identifier: { type: 'ssin' | 'nihii'; value: string }[]; qualificationCode: string } };
    const [id] = body.hcParty.identifier;
    if (id && excluded.some((p) => same(p, id.type, id.value))) return json(409, [{ code: 'VAL009', message: 'already excluded' }]);
    const known = [...demoParties, demoRevoked].find((p) => id && same(p, id.type, id.value));
    const target: DemoParty = known ?? { identifier: body.hcParty.identifier, name: '', qualificationCode: body.hcParty.qualificationCode };
    excluded = [...excluded, target];
    history = [{ author: [author], target, timestamp: new Date().toISOString(), operation: 'DECLARE_EXCLUSION' }, ...history];
    return new Response(null, { status: 201 });
  }
  if (method === 'DELETE' && party) {
    const target = excluded.find((p) => same(p, ...party));
    if (!target) return json(404, []);
    excluded = excluded.filter((p) => p !== target);
    history = [{ author: [author], target, timestamp: new Date().toISOString(), operation: 'REVOKE_EXCLUSION' }, ...history];
    return new Response(null, { status: 204 });
  }
  return json(400, [{ code: 'VAL001', message: 'not in the demo' }]);
};

/** Demo mode asks the host for nothing (guideline 14: no token, no OAuth). */
export const demoTokenSource: TokenSource = {
  tokenFor: async () => 'demo',
  forget: () => undefined,
  ended: () => undefined,
};
