/**
 * Whose exclusions the pages show (`active`) and who is using them (`self`), handed to the
 * features by their host: the standalone app's session (src/app/SessionPerson.tsx), or a MyHealth
 * host's token (src/module). The pages never read a session or a token themselves.
 */
import { createContext, useContext } from 'react';
import type { Profile } from '../auth/profiles';

export interface ActivePerson {
  active: Profile;
  self: Profile;
}

const ActivePersonContext = createContext<ActivePerson | null>(null);

export const ActivePersonProvider = ActivePersonContext.Provider;

export function useActivePerson(): ActivePerson {
  const person = useContext(ActivePersonContext);
  if (!person) throw new Error('useActivePerson() outside an ActivePersonProvider');
  return person;
}
