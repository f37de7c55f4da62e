import type { NihiiProblem } from '../domain/nihii';
import type { ServiceErrorKey } from '../domain/serviceErrors';
import type { SsinProblem } from '../domain/ssin';
import type { CoreMessageKey } from './messages/en';
import type { PAGE_MESSAGES } from './pages/all';

export type { CoreMessageKey };
type PageMessages = typeof PAGE_MESSAGES;
/** The lazy pages' keys, from the one list of them (pages/all.ts). */
export type PageMessageKey = { [Page in keyof PageMessages]: keyof PageMessages[Page]['en'] }[keyof PageMessages];
export type MessageKey = CoreMessageKey | PageMessageKey;

/** A language's messages for every screen but the lazy pages: every language holds every key (a compile error otherwise). */
export type Catalogue = Record<CoreMessageKey, string>;

/** Compile-time proof that the domain's message keys all exist in the catalogue. */
type MustBeMessageKeys<T extends CoreMessageKey> = T;
export type DomainMessageKey = MustBeMessageKeys<SsinProblem | NihiiProblem | ServiceErrorKey>;
