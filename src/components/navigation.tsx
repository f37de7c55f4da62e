/**
 * How a page goes to another, handed to the features by their host: the standalone app's router
 * (src/app/RouterNavigation.tsx), or a MyHealth host, which does all navigation itself and is asked
 * with an `open` event (guideline 11; src/module). Pages name a destination, never a URL.
 */
import { createContext, useContext, type AnchorHTMLAttributes, type ComponentType, type ReactNode } from 'react';
import type { PartyRef } from '../domain/party';
import type { DeclarePrefill } from './declarePrefill';

export type Destination =
  | { page: 'exclusions'; flash?: { kind: 'declared'; name: string }; lookup?: PartyRef }
  | { page: 'declare'; prefill?: DeclarePrefill }
  | { page: 'history' }
  | { page: 'about' };

/** A title for the print job and the element whose content is to be printed. */
export interface PrintJob {
  title: string;
  region: HTMLElement | null;
}

export type DestinationLinkProps = { to: Destination; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>;

/** The view's own parameters (the history's page and filters): the URL's query, or memory. */
export type ViewParams = [URLSearchParams, (update: (current: URLSearchParams) => URLSearchParams) => void];

export interface Navigation {
  go(to: Destination): void;
  /** A real link (focusable, read as a link) whose activation goes there; renders nothing for a place this host lacks. */
  Link: ComponentType<DestinationLinkProps>;
  /** What the page was sent with: the destination's fields (a flash, a look-up, a prefill), unchecked. */
  arrival: unknown;
  /** "default" on the first page of a load (it keeps the browser's focus); new for each arrival after it. */
  arrivalKey: string;
  /** Only a host that owns the whole document sets its title. */
  ownsDocumentTitle: boolean;
  /** Prints what is drawn now: the browser's print of the page, or the host's print of the region (guideline 03, `print`). */
  print(job: PrintJob): void;
  useViewParams(): ViewParams;
}

const NavigationContext = createContext<Navigation | null>(null);

export const NavigationProvider = NavigationContext.Provider;

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation() outside a NavigationProvider');
  return navigation;
}

/** A link to a destination, drawn by the host's navigation. */
export function DestinationLink(props: DestinationLinkProps) {
  const { Link } = useNavigation();
  return <Link {...props} />;
}

export function useViewParams(): ViewParams {
  return useNavigation().useViewParams();
}
