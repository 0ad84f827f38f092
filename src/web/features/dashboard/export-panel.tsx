import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types';
import { locales } from '../../i18n/i18n';
import { SelectField } from '../../ui/fields';
import { Section } from '../../ui/page';
import { reportFilePath } from '../reports/reporting-paths';
import type { PeriodValue } from './period';

/** The period's report for funders, as PDF or Excel, in any of the four languages (coordinators). */
export function ExportPanel({ slug, period }: { slug: string; period: PeriodValue }) {
  const { t, i18n } = useTranslation();
  const [locale, setLocale] = useState<Locale>((locales as readonly string[]).includes(i18n.language) ? (i18n.language as Locale) : 'fr');
  return (
    <Section title={t('reporting.export.title')} id="export-title">
      <p>{t('reporting.export.lead')}</p>
      <div className="inline-form">
        <SelectField label={t('reporting.export.language')} value={locale} onValue={(v) => setLocale(v as Locale)} options={locales.map((l) => ({ value: l, label: t(`language.names.${l}`) }))} />
        <a className="button button--primary" href={reportFilePath(slug, 'pdf', locale, period)} download data-export="pdf">
          {t('reporting.export.pdf')}
        </a>
        <a className="button button--ghost" href={reportFilePath(slug, 'xlsx', locale, period)} download data-export="xlsx">
          {t('reporting.export.xlsx')}
        </a>
      </div>
    </Section>
  );
}
