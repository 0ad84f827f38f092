import { useTranslation } from 'react-i18next';

interface PaginationProps {
  total: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

export function Pagination({ total, page, pageSize, onPage }: PaginationProps) {
  const { t } = useTranslation();
  if (total <= pageSize) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button type="button" className="button button--ghost" disabled={page <= 1} onClick={() => onPage(Math.max(1, page - 1))}>
        {t('pagination.previous')}
      </button>
      <span className="pagination__status" aria-live="polite">
        {t('pagination.status', { page, pages })}
      </span>
      <button type="button" className="button button--ghost" disabled={page >= pages} onClick={() => onPage(Math.min(pages, page + 1))}>
        {t('pagination.next')}
      </button>
    </nav>
  );
}
