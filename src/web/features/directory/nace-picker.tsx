import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../api/client';
import type { NaceCode } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { useApi } from '../../ui/use-api';
import { useDebounced } from '../../ui/use-debounced';

/**
 * Finds NACE codes by a code or by words in any language ("menuiserie", "Tischlerei", "joinery") and offers them
 * with their label in the reader's language; choosing one hands its code to `onPick`.
 */
export function NacePicker({ label, hint, selected, onPick, error }: { label: string; hint?: string; selected: readonly string[]; onPick: (code: string) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 200);
  const found = useApi<NaceCode[]>(q.length >= 2 ? `/classifications/nace${query({ q, locale: currentLocale() })}` : null);
  const items = q.length >= 2 ? (found.data ?? []).slice(0, 12) : [];
  const pick = (code: string) => {
    onPick(code);
    setText('');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const first = items.find((i) => !selected.includes(i.code));
      if (first) pick(first.code);
    }
  };
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid nace-picker' : 'field nace-picker'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKey}
        placeholder={t('nace.placeholder')}
        autoComplete="off"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        aria-controls={`${id}-results`}
      />
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div id={`${id}-results`} aria-live="polite">
        {q.length >= 2 && found.data && items.length === 0 ? <p className="muted nace-picker__empty">{t('nace.noMatch')}</p> : null}
        {items.length ? (
          <ul className="nace-picker__results" aria-label={t('nace.results')}>
            {items.map((item) => (
              <li key={item.code}>
                <button type="button" className="nace-option" disabled={selected.includes(item.code)} onClick={() => pick(item.code)}>
                  <span className="code">{item.code}</span> <span>{item.label}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
