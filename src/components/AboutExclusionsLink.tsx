import { useI18n } from '../i18n/I18nProvider';
import { DestinationLink } from './navigation';

export const ABOUT_PATH = '/about-exclusions';

/** "What does an exclusion do?": the list, the form and the revoke dialog all lead to one page. */
export function AboutExclusionsLink() {
  const { t } = useI18n();
  return (
    <DestinationLink to={{ page: 'about' }} className="about-link">
      {t('about.link')}
    </DestinationLink>
  );
}
