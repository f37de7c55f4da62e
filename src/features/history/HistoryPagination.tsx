import { useI18n } from '../../i18n/I18nProvider';

/** First, previous, "Page 3 of 60" with a jump to any page, next, last: a long history is a few steps away. */
export function HistoryPagination({ page, pages, goTo }: { page: number; pages: number; goTo: (page: number) => void }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('history.pagination')} className="pagination no-print">
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => goTo(1)}>
        {t('history.first')}
      </button>
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => goTo(page - 1)}>
        {t('history.previous')}
      </button>
      <span aria-current="page">{t('history.page', { page, pages })}</span>
      <button type="button" className="button button-secondary" disabled={page >= pages} onClick={() => goTo(page + 1)}>
        {t('history.next')}
      </button>
      <button type="button" className="button button-secondary" disabled={page >= pages} onClick={() => goTo(pages)}>
        {t('history.last')}
      </button>
      <div className="field-inline">
        <label htmlFor="history-page-jump">{t('history.jump')}</label>
        <select id="history-page-jump" value={page} onChange={(event) => goTo(Number(event.target.value))}>
          {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
