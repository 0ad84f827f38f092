import { useTranslation } from 'react-i18next';
import type { Category } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { activeFilterCount, emptyFilters } from './directory-filters';
import type { DirectoryFilters } from './directory-filters';

interface Chip {
  key: string;
  label: string;
  remove: (f: DirectoryFilters) => DirectoryFilters;
}

/** The active filters as removable chips, and a way to clear them all. */
export function FilterChips({ filters, categories, naceLabel, onChange }: { filters: DirectoryFilters; categories: Category[]; naceLabel: (code: string) => string; onChange: (next: DirectoryFilters) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!activeFilterCount(filters)) return null;
  const without = <K extends 'nace' | 'country' | 'kind' | 'capability' | 'tag' | 'ecosystem' | 'axis'>(key: K, value: string) => (f: DirectoryFilters) => ({
    ...f,
    [key]: (f[key] as string[]).filter((v) => v !== value),
  });
  const category = (slug: string) => pickTranslation(categories.find((c) => c.slug === slug)?.name, locale) || slug;
  const chips: Chip[] = [
    ...filters.kind.map((k) => ({ key: `kind-${k}`, label: t(`organisationKinds.${k}`), remove: without('kind', k) })),
    ...filters.country.map((c) => ({ key: `country-${c}`, label: t(`countries.${c}`), remove: without('country', c) })),
    ...filters.nace.map((c) => ({ key: `nace-${c}`, label: naceLabel(c) ? `${c} · ${naceLabel(c)}` : c, remove: without('nace', c) })),
    ...filters.ecosystem.map((s) => ({ key: `eco-${s}`, label: category(s), remove: without('ecosystem', s) })),
    ...filters.axis.map((s) => ({ key: `axis-${s}`, label: category(s), remove: without('axis', s) })),
    ...(filters.commune ? [{ key: 'commune', label: filters.commune, remove: (f: DirectoryFilters) => ({ ...f, commune: '' }) }] : []),
    ...(filters.near
      ? [
          {
            key: 'near',
            label: t('directory.nearChip', { km: filters.near.km, place: filters.from || `${filters.near.lat.toFixed(3)}, ${filters.near.lon.toFixed(3)}` }),
            remove: (f: DirectoryFilters) => ({ ...f, near: null, from: '' }),
          },
        ]
      : []),
    ...filters.capability.map((w) => ({ key: `cap-${w}`, label: t('directory.capabilityChip', { word: w }), remove: without('capability', w) })),
    ...filters.tag.map((w) => ({ key: `tag-${w}`, label: `#${w}`, remove: without('tag', w) })),
  ];
  // The removed chip disappears: the focus goes to its neighbour, or to the results when none is left.
  const remove = (button: HTMLButtonElement, chip: Chip) => {
    const items = [...(button.closest('.chips__list')?.querySelectorAll<HTMLButtonElement>('.chip') ?? [])];
    const index = items.indexOf(button);
    const neighbour = items[index + 1] ?? items[index - 1];
    const key = neighbour ? chips[items.indexOf(neighbour)]?.key : undefined;
    onChange({ ...chip.remove(filters), page: 1 });
    window.setTimeout(() => {
      const next = key ? document.querySelector<HTMLElement>(`[data-chip="${CSS.escape(key)}"]`) : null;
      (next ?? document.getElementById('results-title'))?.focus();
    }, 0);
  };
  return (
    <div className="chips">
      <ul className="chips__list" aria-label={t('directory.activeFilters')}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button type="button" className="chip" data-chip={chip.key} onClick={(e) => remove(e.currentTarget, chip)} aria-label={t('directory.removeFilter', { label: chip.label })}>
              <span className="chip__label">{chip.label}</span>
              <span className="chip__x" aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--ghost button--small" onClick={() => onChange({ ...emptyFilters, q: filters.q, sort: filters.sort, view: filters.view })}>
        {t('directory.clearFilters')}
      </button>
    </div>
  );
}
