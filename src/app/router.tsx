import { Route, Routes } from 'react-router';
import { ExclusionsPage } from '../features/exclusions/ExclusionsPage';
import type { AppConfig } from '../config/config';
import { Layout } from './Layout';
import { ABOUT_PATH } from '../components/AboutExclusionsLink';
import { aboutPage, declarePage, historyPage, notFoundPage } from './lazyPages';
import { CallbackPage } from './CallbackPage';
import { RequireSession } from './RequireSession';

/**
 * Declarative routes: the data router (loaders, actions, fetchers) is not used and would add
 * some 21 KB gzip to the first screen.
 */
export function AppRoutes({ config }: { config: AppConfig }) {
  return (
    <Routes>
      <Route element={<Layout config={config} />}>
        <Route path="auth/callback" element={<CallbackPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<ExclusionsPage />} />
          <Route path="exclusions/new" element={<declarePage.Component />} />
          <Route path="history" element={<historyPage.Component />} />
        </Route>
        {/* Public: a patient may want to read it before logging in. */}
        <Route path={ABOUT_PATH} element={<aboutPage.Component />} />
        <Route path="*" element={<notFoundPage.Component />} />
      </Route>
    </Routes>
  );
}
