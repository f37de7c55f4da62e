import { createBrowserRouter } from 'react-router';
import { ExclusionsPage } from '../features/exclusions/ExclusionsPage';
import type { AppConfig } from '../lib/config';
import { Layout } from './Layout';
import { CallbackPage, NotFoundPage, RouteErrorPage } from './pages';
import { RequireSession } from './RequireSession';

export function createRouter(config: AppConfig) {
  return createBrowserRouter([
    {
      element: <Layout config={config} />,
      errorElement: <RouteErrorPage />,
      children: [
        { path: 'auth/callback', element: <CallbackPage /> },
        {
          element: <RequireSession />,
          children: [
            { index: true, element: <ExclusionsPage /> },
            // The form and the history are their own chunks: the first screen does not load them.
            { path: 'exclusions/new', lazy: async () => ({ Component: (await import('../features/declare/DeclarePage')).DeclarePage }) },
            { path: 'history', lazy: async () => ({ Component: (await import('../features/history/HistoryPage')).HistoryPage }) },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
