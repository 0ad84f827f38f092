import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/fields';
import { presetIds, presetPeriod, type PeriodValue } from './period';

/** Presets and a custom range of days; the choice goes into the address. */
export function PeriodPicker({ value, onChange }: { value: PeriodValue; onChange: (p: PeriodValue) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown.from !== value.from || shown.to !== value.to) {
    setShown(value);
    setDraft(value);
  }
  const invalid = !draft.from || !draft.to || draft.to < draft.from;
  return (
    <section className="period-picker" aria-label={t('reporting.period.label')}>
      <div className="segmented" role="group" aria-label={t('reporting.period.presets')}>
        {presetIds.map((id) => {
          const p = presetPeriod(id);
          const on = p.from === value.from && p.to === value.to;
          return (
            <button key={id} type="button" className={on ? 'segmented__item segmented__item--on' : 'segmented__item'} aria-pressed={on} onClick={() => onChange(p)}>
              {t(`reporting.period.${id}`)}
            </button>
          );
        })}
      </div>
      <form
        className="inline-form period-picker__custom"
        onSubmit={(e) => {
          e.preventDefault();
          if (!invalid) onChange(draft);
        }}
      >
        <TextField type="date" label={t('reporting.period.from')} value={draft.from} onValue={(from) => setDraft({ ...draft, from })} required />
        <TextField
          type="date"
          label={t('reporting.period.to')}
          value={draft.to}
          onValue={(to) => setDraft({ ...draft, to })}
          error={draft.to && draft.from && draft.to < draft.from ? t('reporting.period.backwards') : undefined}
          required
        />
        <button type="submit" className="button button--ghost" disabled={invalid}>
          {t('reporting.period.apply')}
        </button>
      </form>
    </section>
  );
}
