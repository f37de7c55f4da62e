import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useNavigation } from './navigation';

/**
 * The page's single h1. It sets document.title (`title`, or the heading; a form with errors
 * starts it with them) and, on every navigation after the first load, takes focus so
 * screen-reader and keyboard users start at the new page's top.
 */
export function PageHeading({ children, title }: { children: string; title?: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  const { arrivalKey, ownsDocumentTitle } = useNavigation();
  const pageTitle = `${title ?? children} – ${t('app.name')}`;

  useEffect(() => {
    // Inside a MyHealth host the document is the host's.
    if (ownsDocumentTitle) document.title = pageTitle;
  }, [pageTitle, ownsDocumentTitle]);

  // The first page of a load has the key "default" (React Router's): it keeps the browser's own
  // focus (so the skip link comes first); every navigation after it moves focus here.
  // The view starts at the heading too: on a phone, focus alone would leave the header in view.
  useEffect(() => {
    if (arrivalKey === 'default') return;
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'start' });
  }, [arrivalKey]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
