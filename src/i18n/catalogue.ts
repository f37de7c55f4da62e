import type { NihiiProblem } from '../domain/nihii';
import type { ServiceErrorKey } from '../domain/serviceErrors';
import type { SsinProblem } from '../domain/ssin';
import type { MessageKey } from './messages/en';

export type { MessageKey };

/** Every language holds every key: a missing or extra key is a compile error. */
export type Catalogue = Record<MessageKey, string>;

/** Compile-time proof that the domain's message keys all exist in the catalogue. */
type MustBeMessageKeys<T extends MessageKey> = T;
export type DomainMessageKey = MustBeMessageKeys<SsinProblem | NihiiProblem | ServiceErrorKey>;
