import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';

export const ABOUT_PATH = '/about-exclusions';

/** "What does an exclusion do?": the list, the form and the revoke dialog all lead to one page. */
export function AboutExclusionsLink() {
  const { t } = useI18n();
  return (
    <Link to={ABOUT_PATH} className="about-link">
      {t('about.link')}
    </Link>
  );
}
