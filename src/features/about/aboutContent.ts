import type { MessageKey } from '../../i18n/catalogue';
import type { SourceId } from './sources';

export interface Statement {
  /** The statement's text in the page's messages (src/i18n/pages/about.ts), so every language has it. */
  key: MessageKey;
  /** The public pages the statement rests on (at least one; a test checks). */
  sources: readonly SourceId[];
}

/** Something a patient asks that no public source answers: said as such, never guessed. */
export interface Unanswered {
  key: MessageKey;
  unanswered: true;
}

export interface Section {
  id: string;
  heading: MessageKey;
  statements: readonly (Statement | Unanswered)[];
}

export function isUnanswered(statement: Statement | Unanswered): statement is Unanswered {
  return 'unanswered' in statement;
}

/**
 * "What an exclusion does and does not do", statement by statement, each with its sources
 * (sources.ts). Nothing in the texts goes beyond what those pages say; where they are silent, we say so.
 */
export const ABOUT_SECTIONS: readonly Section[] = [
  {
    id: 'stops',
    heading: 'about.stops.heading',
    statements: [
      { key: 'about.stops.1', sources: ['cookbook', 'ehealthMetahub', 'cozoExclude'] },
      { key: 'about.stops.2', sources: ['cozoExclude'] },
      { key: 'about.stops.3', sources: ['cookbook'] },
      { key: 'about.stops.4', sources: ['rswRights', 'brusselsHealthNetwork'] },
      { key: 'about.stops.5', sources: ['nexuzhealth', 'stLucas'] },
      { key: 'about.stops.6', sources: ['uc316', 'cookbook'] },
    ],
  },
  {
    id: 'does-not-stop',
    heading: 'about.does-not-stop.heading',
    statements: [
      { key: 'about.does-not-stop.1', sources: ['cozoExclude'] },
      { key: 'about.does-not-stop.2', sources: ['stLucas', 'olvz'] },
      { key: 'about.does-not-stop.3', sources: ['cozoPrivacy', 'ehealthMetahub'] },
    ],
  },
  {
    id: 'told',
    heading: 'about.told.heading',
    statements: [
      { key: 'about.told.1', sources: ['cozoExclude', 'brusselsHealthNetwork'] },
      { key: 'about.told.2', unanswered: true },
    ],
  },
  {
    id: 'revoke',
    heading: 'about.revoke.heading',
    statements: [
      { key: 'about.revoke.1', sources: ['cookbook', 'rswRights', 'cozoAccess'] },
      { key: 'about.revoke.2', sources: ['cookbook'] },
    ],
  },
  {
    id: 'who',
    heading: 'about.who.heading',
    statements: [{ key: 'about.who.1', sources: ['cookbook'] }],
  },
  {
    id: 'help',
    heading: 'about.help.heading',
    statements: [
      { key: 'about.help.1', sources: ['rswPatientRights', 'cozoPrivacy'] },
      { key: 'about.help.2', sources: ['rswRights'] },
    ],
  },
];
