import { QueryClientProvider } from '@tanstack/react-query';
import { AuthProvider } from 'react-oidc-context';
import { RouterProvider } from 'react-router';
import { configureTokenExchange } from '../auth/accessToken';
import { SessionProvider } from '../auth/SessionProvider';
import { createUserManager } from '../auth/userManager';
import { configureHttp } from '../api/http';
import { I18nProvider } from '../i18n/I18nProvider';
import { initialLanguage } from '../i18n/locales';
import type { AppConfig } from '../lib/config';
import { createQueryClient } from './queryClient';
import { createRouter } from './router';

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
  configureTokenExchange({ audience: config.oidc.tokenExchangeAudience, clientId: config.oidc.clientId });
  return { userManager: createUserManager(config, initialLanguage()), queryClient: createQueryClient(), router: createRouter(config) };
}

export function App({ services }: { services: AppServices }) {
  return (
    <I18nProvider>
      <AuthProvider userManager={services.userManager} onSigninCallback={onSigninCallback}>
        <QueryClientProvider client={services.queryClient}>
          <SessionProvider>
            <RouterProvider router={services.router} />
          </SessionProvider>
        </QueryClientProvider>
      </AuthProvider>
    </I18nProvider>
  );
}
