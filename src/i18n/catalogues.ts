import type { Language } from '../domain/professions';
import type { Catalogue } from './catalogue';
import { de } from './messages/de';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { nl } from './messages/nl';

export type { MessageKey } from './catalogue';

export const catalogues: Record<Language, Catalogue> = { nl, fr, de, en };
