/** The standalone app's navigation for the features: react-router, state in the history entry. */
import { useMemo, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ABOUT_PATH } from '../components/AboutExclusionsLink';
import { DECLARE_PATH, declareLinkState } from '../components/declarePrefill';
import { NavigationProvider, type Destination, type DestinationLinkProps, type Navigation, type ViewParams } from '../components/navigation';

/** The path and the history state for a destination; providers' numbers never go into the URL. */
export function routeOf(to: Destination): { path: string; state?: unknown } {
  switch (to.page) {
    case 'exclusions':
      return { path: '/', state: to.flash || to.lookup ? { flash: to.flash, lookup: to.lookup } : undefined };
    case 'declare':
      return { path: DECLARE_PATH, state: to.prefill ? declareLinkState(to.prefill) : undefined };
    case 'history':
      return { path: '/history' };
    case 'about':
      return { path: ABOUT_PATH };
  }
}

function RouterLink({ to, ...props }: DestinationLinkProps) {
  const { path, state } = routeOf(to);
  return <Link {...props} to={path} state={state} />;
}

function useRouterViewParams(): ViewParams {
  return useSearchParams();
}

export function RouterNavigation({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useMemo<Navigation>(
    () => ({
      go: (to) => {
        const { path, state } = routeOf(to);
        void navigate(path, { state });
      },
      Link: RouterLink,
      arrival: location.state,
      arrivalKey: location.key,
      ownsDocumentTitle: true,
      // The whole page is the app's: the print styles leave only the region.
      print: () => window.print(),
      useViewParams: useRouterViewParams,
    }),
    [navigate, location.state, location.key],
  );
  return <NavigationProvider value={navigation}>{children}</NavigationProvider>;
}
