/**
 * One component's React tree inside its shadow root: the same providers the standalone app gives
 * the features (messages, query cache, navigation, the person), fed by the host instead.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState, useSyncExternalStore, type ComponentType } from 'react';
import type { AuthenticationStatus, ConfigName } from '@smals-belgium/myhealth-wc-integration';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { ErrorPage } from '../app/ErrorPages';
import { ActivePersonProvider } from '../components/activePerson';
import { Loading } from '../components/Loading';
import { NavigationProvider } from '../components/navigation';
import { Notice } from '../components/Notice';
import type { Language } from '../domain/languages';
import type { Catalogue } from '../i18n/catalogue';
import { loadCatalogue } from '../i18n/catalogues';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { demoPerson } from './demo/demoData';
import { eventNavigation } from './eventNavigation';
import { currentPerson, identify, subscribePerson } from './hostSession';
import { MODULE_MESSAGES } from './moduleMessages';
import { queryClient } from './runtime';

export interface ModuleSettings {
  language: Language;
  configName: ConfigName;
  authenticationStatus: AuthenticationStatus;
}

export interface ModuleRootProps {
  element: HTMLElement;
  Page: ComponentType;
  /** The about page needs no one logged in. */
  isPublic: boolean;
  settings: ModuleSettings;
  arrival: unknown;
  arrivalKey: string;
}

/** The host's language, applied in place: what was typed stays (the tree is not remounted). */
function FollowLanguage({ language }: { language: Language }) {
  const { language: shown, setLanguage } = useI18n();
  useEffect(() => {
    if (language !== shown) setLanguage(language, { remember: false });
  }, [language, shown, setLanguage]);
  return null;
}

function HostPerson({ Page }: { Page: ComponentType }) {
  const person = useSyncExternalStore(subscribePerson, currentPerson);
  const [failed, setFailed] = useState(false);
  const { language } = useI18n();
  const messages = MODULE_MESSAGES[language];
  useEffect(() => {
    if (person || failed) return;
    identify().catch(() => setFailed(true));
  }, [person, failed]);
  if (failed)
    return (
      <Notice tone="error" role="alert">
        <p>{messages.identifyFailed}</p>
        <button type="button" className="button button-secondary" onClick={() => setFailed(false)}>
          {messages.retry}
        </button>
      </Notice>
    );
  if (!person) return <Loading label={messages.identifying} />;
  return (
    // Another person gets new pages: forms and dialogs of the previous one are discarded.
    <ActivePersonProvider key={person.active.ssin} value={person}>
      <Page />
    </ActivePersonProvider>
  );
}

function Content({ Page, isPublic, settings }: Pick<ModuleRootProps, 'Page' | 'isPublic' | 'settings'>) {
  const messages = MODULE_MESSAGES[settings.language];
  if (isPublic) return <Page />;
  if (settings.configName === 'demo')
    return (
      <ActivePersonProvider value={demoPerson}>
        <Page />
      </ActivePersonProvider>
    );
  // No token is asked for unless the host says the user is logged in, online.
  if (settings.authenticationStatus !== 'online-authenticated')
    return <Notice tone="info">{settings.authenticationStatus === 'offline-authenticated' ? messages.offline : messages.unauthenticated}</Notice>;
  return <HostPerson Page={Page} />;
}

export function ModuleRoot({ element, Page, isPublic, settings, arrival, arrivalKey }: ModuleRootProps) {
  const [initial, setInitial] = useState<{ language: Language; catalogue: Catalogue } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const navigation = useMemo(() => eventNavigation(element, arrival, arrivalKey), [element, arrival, arrivalKey]);
  useEffect(() => {
    if (initial) return;
    loadCatalogue(settings.language).then(
      (catalogue) => setInitial({ language: settings.language, catalogue }),
      () => setLoadFailed(true),
    );
  }, [initial, settings.language]);
  if (loadFailed) return <p role="alert">{MODULE_MESSAGES[settings.language].identifyFailed}</p>;
  if (!initial) return null;
  return (
    <I18nProvider initial={initial} ownsDocument={false}>
      <FollowLanguage language={settings.language} />
      <QueryClientProvider client={queryClient}>
        <NavigationProvider value={navigation}>
          <div className="module-page" part="page" lang={settings.language}>
            <ErrorBoundary fallback={(retry) => <ErrorPage retry={retry} />}>
              <Content Page={Page} isPublic={isPublic} settings={settings} />
            </ErrorBoundary>
          </div>
        </NavigationProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
