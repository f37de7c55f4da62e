/**
 * The applications a history entry can name as its author, by the client id the service records,
 * with the name a patient knows them by (config.json `applications`). Any other reads "another
 * application": a technical client id means nothing to a patient.
 */
import type { Language } from '../domain/languages';
import type { AppConfig } from './config';

let known: AppConfig['applications'] = {};

export function configureApplications(applications: AppConfig['applications']): void {
  known = applications;
}

/** The configured name in this language, or undefined for an application the site does not know. */
export function applicationName(id: string, language: Language): string | undefined {
  const name = known[id];
  return typeof name === 'string' || name === undefined ? name : (name[language] ?? name.en ?? Object.values(name)[0]);
}
