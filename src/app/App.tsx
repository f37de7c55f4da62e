import { QueryClientProvider } from '@tanstack/react-query';
import type { User } from 'oidc-client-ts';
import { AuthProvider } from 'react-oidc-context';
import { BrowserRouter } from 'react-router';
import { configureTokenExchange } from '../auth/accessToken';
import { SessionProvider } from '../auth/SessionProvider';
import { createUserManager } from '../auth/userManager';
import { configureHttp } from '../api/http';
import { provideTokenSource } from '../api/tokenSource';
import { oidcTokenSource } from '../auth/oidcTokenSource';
import { initialLanguage } from '../i18n/locales';
import { configureApplications } from '../config/applications';
import type { AppConfig } from '../config/config';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorPage } from './ErrorPages';
import { createQueryClient } from './queryClient';
import { AppRoutes } from './router';
import { RouterNavigation } from './RouterNavigation';

/** Removes code and state from the address bar as soon as the library has read them. */
const onSigninCallback = () => {
  window.history.replaceState(window.history.state, '', window.location.pathname);
};

export type AppServices = ReturnType<typeof createAppServices>;

/**
 * Called once, outside React: StrictMode runs state initialisers twice, and a second
 * UserManager would leave the API layer renewing tokens on an instance the UI does not watch.
 */
export function createAppServices(config: AppConfig) {
  configureHttp({ baseUrl: config.apiBaseUrl, from: config.fromAddress, timeoutMs: config.apiTimeoutMs });
  provideTokenSource(oidcTokenSource);
  configureApplications(config.applications);
  configureTokenExchange({
    audience: config.oidc.tokenExchangeAudience,
    clientId: config.oidc.clientId,
    subjectParameter: config.oidc.tokenExchangeSubjectParameter,
    subjectValue: config.oidc.tokenExchangeSubjectValue,
  });
  return { userManager: createUserManager(config, initialLanguage()), queryClient: createQueryClient(), config };
}

/** `storedUser`: the tab's stored login, read before the first render (see SessionProvider). */
export function App({ services, storedUser }: { services: AppServices; storedUser?: User | null }) {
  return (
    <AuthProvider userManager={services.userManager} onSigninCallback={onSigninCallback}>
      <QueryClientProvider client={services.queryClient}>
        <SessionProvider storedUser={storedUser}>
          <BrowserRouter>
            <RouterNavigation>
              <ErrorBoundary fallback={() => <ErrorPage />}>
                <AppRoutes config={services.config} />
              </ErrorBoundary>
            </RouterNavigation>
          </BrowserRouter>
        </SessionProvider>
      </QueryClientProvider>
    </AuthProvider>
  );
}
