import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../ui/combobox';
import type { DirectoryFilters } from './directory-filters';
import { parsePoint, placeLabel, resolvePlace } from './resolve-place';
import { placeDetail, usePlaceSuggestions } from './use-place-suggestions';

const radii = [5, 10, 25, 50, 100, 200];

/**
 * "Within N km of": a commune or postcode chosen among the suggestions of the place search (applied at once), or
 * typed coordinates applied with the button. Changing the radius of an active filter applies it too.
 */
export function DistanceFilter({ filters, onChange }: { filters: DirectoryFilters; onChange: (next: DirectoryFilters) => void }) {
  const { t } = useTranslation();
  const kmId = useId();
  const [place, setPlace] = useState(filters.from);
  const [km, setKm] = useState(filters.near?.km ?? 25);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const suggestions = usePlaceSuggestions(place);
  // A chip removed or the Back button: the fields follow the address (the panel stays mounted, so focus stays put).
  const km0 = filters.near?.km;
  useEffect(() => {
    setPlace(filters.from);
    if (km0) setKm(km0);
  }, [filters.from, km0]);

  const apply = (point: { lat: number; lon: number }, from: string, radius = km) => onChange({ ...filters, near: { ...point, km: radius }, from });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError('');
    setBusy(true);
    try {
      const point = await resolvePlace(place);
      if (!point) return setError(t('directory.placeUnknown'));
      apply(point, place.trim());
    } catch {
      setError(t('errors.code.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="distance-filter" onSubmit={(e) => void submit(e)} noValidate>
      <Combobox
        label={t('directory.from')}
        value={place}
        onValue={(v) => {
          setPlace(v);
          setError('');
        }}
        options={suggestions.map((p) => ({
          id: `${p.country}-${p.postcode}-${p.name}-${p.lat}`,
          label: p.name,
          detail: placeDetail(t, p),
        }))}
        onPick={(o) => {
          const p = suggestions.find((s) => `${s.country}-${s.postcode}-${s.name}-${s.lat}` === o.id);
          if (!p) return;
          setPlace(placeLabel(p));
          setError('');
          apply({ lat: p.lat, lon: p.lon }, placeLabel(p));
        }}
        listLabel={t('directory.placeSuggestions')}
        status={place.trim() && !parsePoint(place) ? t('directory.placesFound', { n: suggestions.length }) : ''}
        placeholder={t('directory.fromPlaceholder')}
        hint={error ? undefined : t('directory.fromHint')}
        error={error || undefined}
        name="near-place"
      />
      <div className="distance-filter__row">
        <label className="field__label" htmlFor={kmId}>
          {t('directory.radius')}
        </label>
        <select
          id={kmId}
          className="input input--compact"
          value={km}
          onChange={(e) => {
            const radius = Number(e.target.value);
            setKm(radius);
            if (filters.near) apply(filters.near, filters.from, radius);
          }}
        >
          {radii.map((r) => (
            <option key={r} value={r}>
              {t('directory.km', { km: r })}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--ghost button--small" disabled={busy || !place.trim()}>
          {t('directory.applyDistance')}
        </button>
      </div>
    </form>
  );
}
