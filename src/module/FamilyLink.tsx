/**
 * A link to the family's other page where the standalone app has its menu (guideline 11: a
 * component has no menu of its own; a plain link whose activation is an `open` event is allowed).
 */
import type { ComponentType } from 'react';
import { DestinationLink } from '../components/navigation';
import { useI18n } from '../i18n/I18nProvider';

const LABELS = { exclusions: 'shell.nav.exclusions', history: 'shell.nav.history' } as const;

export function withFamilyLink(Page: ComponentType, to: keyof typeof LABELS): ComponentType {
  function PageWithLink() {
    const { t } = useI18n();
    return (
      <>
        <Page />
        <p className="family-link" part="family-link">
          <DestinationLink to={{ page: to }}>{t(LABELS[to])}</DestinationLink>
        </p>
      </>
    );
  }
  PageWithLink.displayName = `WithFamilyLink(${Page.displayName ?? Page.name})`;
  return PageWithLink;
}
