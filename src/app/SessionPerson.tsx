import { useMemo, type ReactNode } from 'react';
import { useSession } from '../auth/SessionProvider';
import { ActivePersonProvider } from '../components/activePerson';

/** The standalone app hands the features the session's active profile and the user. */
export function SessionPerson({ children }: { children: ReactNode }) {
  const { active, self } = useSession();
  const person = useMemo(() => ({ active, self }), [active, self]);
  return <ActivePersonProvider value={person}>{children}</ActivePersonProvider>;
}
