import { useTranslation } from 'react-i18next';

/** The logo mark (a mesh of five ties) and the name. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <span className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <g stroke="#fff" strokeWidth="2.2" fill="none">
          <path d="M8 10l8 12 8-12M8 22l8-12 8 12" />
        </g>
        <g fill="#f2b138">
          <circle cx="8" cy="10" r="2.6" />
          <circle cx="24" cy="10" r="2.6" />
          <circle cx="8" cy="22" r="2.6" />
          <circle cx="24" cy="22" r="2.6" />
          <circle cx="16" cy="16" r="2.6" />
        </g>
      </svg>
      <span className="brand__name">{t('app.name')}</span>
    </span>
  );
}
