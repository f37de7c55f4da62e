import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The page's single h1. It sets document.title (`title`, or the heading; a form with errors
 * starts it with them) and, on every navigation after the first load, takes focus so
 * screen-reader and keyboard users start at the new page's top.
 */
export function PageHeading({ children, title }: { children: string; title?: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const pageTitle = `${title ?? children} – ${t('app.name')}`;

  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);

  // React Router gives the first entry of a page load the key "default": that one keeps the
  // browser's own focus (so the skip link comes first); every navigation after it moves focus here.
  // The view starts at the heading too: on a phone, focus alone would leave the header in view.
  useEffect(() => {
    if (location.key === 'default') return;
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'start' });
  }, [location.key]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
