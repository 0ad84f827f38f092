import type { TFunction } from 'i18next';
import type { Locale, Translated } from '../../api/types';
import { conceptName } from './use-concepts';
import type { MatchReason } from './post-types';

/** One reason of a match in the reader's language: codes shown by their labels, networks by their names. */
export function reasonText(t: TFunction, reason: MatchReason, context: { concepts: Record<string, Translated>; networks: Record<string, string>; nace: (code: string) => string; locale: Locale }): string {
  const labels = (reason.codes ?? []).slice(0, 3).map((c) => conceptName(c, context.concepts, context.locale)).join(', ');
  switch (reason.kind) {
    case 'occupation':
      return reason.level === 'same' ? t('posts.reasons.occupationSame', { labels }) : t('posts.reasons.occupationFamily', { labels });
    case 'skills':
      return reason.via === 'stated' ? t('posts.reasons.skillsStated', { labels }) : t('posts.reasons.skillsOccupation', { labels });
    case 'sector':
      return t('posts.reasons.sector', { labels: (reason.codes ?? []).map((c) => `${c} ${context.nace(c)}`).join(', ') });
    case 'keywords':
      return t('posts.reasons.keywords', { words: (reason.words ?? []).join(', ') });
    case 'distance':
      return t('posts.reasons.distance', { km: reason.km ?? 0 });
    case 'network':
      return t('posts.reasons.network', { names: (reason.networkIds ?? []).map((id) => context.networks[id] ?? '').filter(Boolean).join(', ') });
    case 'ties':
      return t('posts.reasons.ties', { n: reason.count ?? 0 });
    case 'organisationKind':
      return t('posts.reasons.organisationKind', { kind: t(`organisationKinds.${(reason.organisationKind ?? 'company') as 'company'}`) });
  }
}
