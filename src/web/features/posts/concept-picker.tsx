import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client';
import type { Translated } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { Combobox } from '../../ui/combobox';
import { useDebounced } from '../../ui/use-debounced';
import type { Concept } from './post-types';
import { conceptName } from './use-concepts';

/**
 * Picks ESCO/ROME occupations or ESCO skills by typing a word in any language the classification has; the codes
 * chosen show as removable chips. Codes are what lets a German post meet a French one.
 */
export function ConceptPicker(props: {
  label: string;
  type: 'occupation' | 'skill';
  value: string[];
  onChange: (keys: string[]) => void;
  labels: Record<string, Translated>;
  onLabels: (labels: Record<string, Translated>) => void;
  hint?: string;
  error?: string | undefined;
  max?: number;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<Concept[]>([]);
  const debounced = useDebounced(text, 200);

  useEffect(() => {
    if (debounced.trim().length < 2) {
      setOptions([]);
      return;
    }
    let live = true;
    api
      .get<Concept[]>(`/skills/concepts${query({ q: debounced, type: props.type, limit: 10 })}`)
      .then((rows) => live && setOptions(rows))
      .catch(() => live && setOptions([]));
    return () => {
      live = false;
    };
  }, [debounced, props.type]);

  const remove = (key: string) => props.onChange(props.value.filter((k) => k !== key));
  return (
    <div className="concept-picker">
      <Combobox
        label={props.label}
        value={text}
        onValue={setText}
        options={options.filter((o) => !props.value.includes(o.key)).map((o) => ({ id: o.key, label: conceptName(o.key, { [o.key]: o.labels }, locale) }))}
        onPick={(o) => {
          const concept = options.find((c) => c.key === o.id);
          if (concept) props.onLabels({ ...props.labels, [concept.key]: concept.labels });
          if (!props.value.includes(o.id) && props.value.length < (props.max ?? 10)) props.onChange([...props.value, o.id]);
          setText('');
        }}
        listLabel={t('posts.form.suggestions')}
        status={t('posts.form.found', { n: options.length })}
        hint={props.hint}
        error={props.error}
        placeholder={t('posts.form.conceptSearch')}
      />
      {props.value.length ? (
        <ul className="chips__list concept-picker__chips">
          {props.value.map((key) => {
            const name = conceptName(key, props.labels, locale);
            return (
              <li key={key}>
                <button type="button" className="chip" onClick={() => remove(key)} aria-label={t('posts.form.remove', { label: name })}>
                  <span className="chip__label">{name}</span>
                  <span className="chip__x" aria-hidden="true">
                    ×
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
