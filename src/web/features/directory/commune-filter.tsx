import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../ui/combobox';
import type { DirectoryFilters } from './directory-filters';
import { placeDetail, usePlaceSuggestions } from './use-place-suggestions';

/** Organisations of one commune: typed, or picked among the communes the place search suggests (applied at once). */
export function CommuneFilter({ filters, onChange }: { filters: DirectoryFilters; onChange: (next: DirectoryFilters) => void }) {
  const { t } = useTranslation();
  const [commune, setCommune] = useState(filters.commune);
  useEffect(() => setCommune(filters.commune), [filters.commune]);
  const suggestions = usePlaceSuggestions(commune);
  // A postcode lists several villages, a name several postcodes: one suggestion per commune name and country.
  const names = [...new Map(suggestions.map((p) => [`${p.country}|${p.name.toLowerCase()}`, p])).values()];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...filters, commune: commune.trim() });
  };
  return (
    <form className="commune-filter" onSubmit={submit} noValidate>
      <Combobox
        label={t('directory.commune')}
        value={commune}
        onValue={setCommune}
        options={names.map((p) => ({ id: `${p.country}|${p.name}`, label: p.name, detail: placeDetail(t, p) }))}
        onPick={(o) => {
          const name = o.label;
          setCommune(name);
          onChange({ ...filters, commune: name });
        }}
        listLabel={t('directory.placeSuggestions')}
        status={commune.trim() ? t('directory.placesFound', { n: names.length }) : ''}
        name="commune"
      />
      <div>
        <button type="submit" className="button button--ghost button--small" disabled={!commune.trim() && !filters.commune}>
          {t('directory.apply')}
        </button>
      </div>
    </form>
  );
}
