import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { countries, kinds } from './directory-filters';
import type { DirectoryFilters } from './directory-filters';
import { NacePicker } from './nace-picker';
import { CommuneFilter } from './commune-filter';
import { DistanceFilter } from './distance-filter';

function toggle<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

function CheckList<T extends string>({ values, chosen, label, onChange }: { values: readonly T[]; chosen: readonly T[]; label: (v: T) => string; onChange: (next: T[]) => void }) {
  return (
    <ul className="check-list">
      {values.map((v) => (
        <li key={v}>
          <label className="check">
            <input type="checkbox" checked={chosen.includes(v)} onChange={(e) => onChange(toggle(chosen, v, e.target.checked))} />
            <span>{label(v)}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

/** A word added to a list filter (capability, tag) with Enter or the button. */
function WordAdder({ label, onAdd }: { label: string; onAdd: (word: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) onAdd(text.trim());
    setText('');
  };
  return (
    <form className="word-adder" onSubmit={submit}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="word-adder__row">
        <input id={id} className="input" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
        <button type="submit" className="button button--ghost button--small">
          {t('directory.add')}
        </button>
      </div>
    </form>
  );
}

/** Every filter of the directory; each change goes straight to the address bar (and so to the results). */
export function FilterPanel({ filters, categories, onChange }: { filters: DirectoryFilters; categories: Category[]; onChange: (next: DirectoryFilters) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const ecosystems = categories.filter((c) => c.kind === 'ecosystem');
  const axes = categories.filter((c) => c.kind === 'axis');
  const categoryName = (list: Category[]) => (slug: string) => pickTranslation(list.find((c) => c.slug === slug)?.name, locale) || slug;

  return (
    <div className="filter-panel">
      <Group legend={t('directory.kind')}>
        <CheckList values={kinds} chosen={filters.kind} label={(k) => t(`organisationKinds.${k}`)} onChange={(kind) => onChange({ ...filters, kind })} />
      </Group>
      <Group legend={t('directory.country')}>
        <CheckList values={countries} chosen={filters.country} label={(c) => t(`countries.${c}`)} onChange={(country) => onChange({ ...filters, country })} />
      </Group>
      <Group legend={t('directory.activity')}>
        <NacePicker
          label={t('nace.search')}
          hint={t('nace.hint')}
          selected={filters.nace}
          onPick={(code) => onChange({ ...filters, nace: [...filters.nace.filter((c) => c !== code), code] })}
        />
      </Group>
      {ecosystems.length ? (
        <Group legend={t('categories.ecosystems')}>
          <CheckList values={ecosystems.map((c) => c.slug)} chosen={filters.ecosystem} label={categoryName(ecosystems)} onChange={(ecosystem) => onChange({ ...filters, ecosystem })} />
        </Group>
      ) : null}
      {axes.length ? (
        <Group legend={t('categories.axes')}>
          <CheckList values={axes.map((c) => c.slug)} chosen={filters.axis} label={categoryName(axes)} onChange={(axis) => onChange({ ...filters, axis })} />
        </Group>
      ) : null}
      <Group legend={t('directory.place')}>
        <CommuneFilter filters={filters} onChange={onChange} />
        <DistanceFilter filters={filters} onChange={onChange} />
      </Group>
      <Group legend={t('directory.more')}>
        <WordAdder label={t('directory.capability')} onAdd={(w) => onChange({ ...filters, capability: [...filters.capability.filter((x) => x !== w), w] })} />
        <WordAdder label={t('directory.tag')} onAdd={(w) => onChange({ ...filters, tag: [...filters.tag.filter((x) => x !== w), w] })} />
      </Group>
    </div>
  );
}
