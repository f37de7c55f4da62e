/**
 * Navigation inside a MyHealth host (guideline 11): the module never changes the URL; going
 * elsewhere is an `open` event naming the manifest's component and its props, and the host
 * decides where to show it. Links stay links (focusable, read as links; guideline 22 "Navigation").
 */
import { useState } from 'react';
import type { Destination, DestinationLinkProps, Navigation, PrintJob, ViewParams } from '../components/navigation';
import styles from './moduleStyles';
import { TAGS } from './tags';

/** The props a component is opened with: the destination less its name. */
export function propsOf(to: Destination): Record<string, unknown> {
  const { page: _page, ...props } = to;
  return props;
}

// Outside the shadow root, what applies to the element applies to the document.
const printStyles = styles.replaceAll(':host', ':root');
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

let opened = 0;

/** "default" until this module has asked the host to open anything: the host's first page keeps its focus. */
export function arrivalKeyAtMount(): string {
  return opened === 0 ? 'default' : `open-${opened}`;
}

function useMemoryViewParams(): ViewParams {
  const [params, setParams] = useState(() => new URLSearchParams());
  return [params, (update) => setParams((current) => update(new URLSearchParams(current)))];
}

export function eventNavigation(element: HTMLElement, arrival: unknown, arrivalKey: string): Navigation {
  const go = (to: Destination) => {
    opened += 1;
    // The factory of the integration library does exactly this (dist/index.mjs: openEvent).
    element.dispatchEvent(new CustomEvent('open', { detail: { componentTag: TAGS[to.page], props: propsOf(to) } }));
  };
  function Link({ to, children, onClick, ...props }: DestinationLinkProps) {
    return (
      <a
        {...props}
        href={`#${TAGS[to.page]}`}
        onClick={(event) => {
          onClick?.(event);
          if (event.defaultPrevented) return;
          event.preventDefault();
          go(to);
        }}
      >
        {children}
      </a>
    );
  }
  const print = ({ title, region }: PrintJob) => {
    // The host prints (guideline 03, `print`): the region with the module's styles, as one HTML document.
    const lang = region?.closest('[lang]')?.getAttribute('lang') ?? 'en';
    const content = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${printStyles}</style></head><body>${region?.outerHTML ?? ''}</body></html>`;
    // The factory of the integration library does exactly this (dist/index.mjs: printEvent).
    element.dispatchEvent(new CustomEvent('print', { detail: { title, content, mimeType: 'text/html', orientation: 'portrait' } }));
  };
  return { go, Link, arrival, arrivalKey, ownsDocumentTitle: false, print, useViewParams: useMemoryViewParams };
}
