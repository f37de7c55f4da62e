import type { NihiiProblem } from '../domain/nihii';
import type { ServiceErrorKey } from '../domain/serviceErrors';
import type { SsinProblem } from '../domain/ssin';
import type { CoreMessageKey } from './messages/en';
import type { AboutMessageKey } from './pages/about';
import type { DeclareMessageKey } from './pages/declare';
import type { HistoryMessageKey } from './pages/history';

export type { CoreMessageKey };
export type PageMessageKey = AboutMessageKey | DeclareMessageKey | HistoryMessageKey;
export type MessageKey = CoreMessageKey | PageMessageKey;

/** A language's messages for every screen but the lazy pages: every language holds every key (a compile error otherwise). */
export type Catalogue = Record<CoreMessageKey, string>;

/** Compile-time proof that the domain's message keys all exist in the catalogue. */
type MustBeMessageKeys<T extends CoreMessageKey> = T;
export type DomainMessageKey = MustBeMessageKeys<SsinProblem | NihiiProblem | ServiceErrorKey>;
