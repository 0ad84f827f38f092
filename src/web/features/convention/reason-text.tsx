import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { useNaceLabels } from '../directory/use-nace-labels';
import { languageName } from './convention-format';
import type { Reason } from './convention-types';

/** Why a suggestion is made, one line per reason, in the reader's language (codes with their labels). */
export function Reasons({ reasons, noCommonLanguage }: { reasons: Reason[]; noCommonLanguage: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const codes = reasons.flatMap((r) => ('theirCode' in r ? [r.theirCode, r.yourCode] : []));
  const labelOf = useNaceLabels(codes);
  const code = (c: string) => `${c} ${labelOf(c)}`.trim();
  const line = (r: Reason): string => {
    switch (r.code) {
      case 'their_offer_your_need':
        return t('convention.reasons.theirOfferYourNeed', { their: code(r.theirCode), yours: code(r.yourCode) });
      case 'your_offer_their_need':
        return t('convention.reasons.yourOfferTheirNeed', { their: code(r.theirCode), yours: code(r.yourCode) });
      case 'keyword_in_their_offer':
        return t('convention.reasons.keywordInTheirOffer', { word: r.word });
      case 'keyword_in_their_need':
        return t('convention.reasons.keywordInTheirNeed', { word: r.word });
      case 'buyer_supplier':
        return t('convention.reasons.buyerSupplier', { role: t(`convention.roles.${r.theirRole}`) });
      case 'supplier_subcontractor':
        return t('convention.reasons.supplierSubcontractor', { role: t(`convention.roles.${r.theirRole}`) });
      case 'common_language':
        return t('convention.reasons.commonLanguage', { languages: r.languages.map((l) => languageName(l, locale)).join(', ') });
      case 'cross_border':
        return t('convention.reasons.crossBorder', { country: t(`countries.${r.theirCountry as 'BE'}`) });
    }
  };
  return (
    <ul className="reasons">
      {reasons.map((r, i) => (
        <li key={i}>{line(r)}</li>
      ))}
      {noCommonLanguage ? <li className="reasons__warning">{t('convention.reasons.noCommonLanguage')}</li> : null}
    </ul>
  );
}
