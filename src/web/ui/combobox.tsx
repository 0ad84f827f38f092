import { useId, useState } from 'react';
import type { InputHTMLAttributes, KeyboardEvent, ReactNode } from 'react';

export interface ComboOption {
  id: string;
  label: string;
  /** A second, quieter line part (postcode, country…). */
  detail?: ReactNode;
}

type ComboboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'role'> & {
  label: string;
  value: string;
  onValue: (value: string) => void;
  options: readonly ComboOption[];
  onPick: (option: ComboOption) => void;
  /** The name of the list of suggestions ("Suggested places"). */
  listLabel: string;
  /** Read to screen readers when the suggestions change ("5 places found"). */
  status: string;
  hint?: string | undefined;
  error?: string | undefined;
};

/**
 * A text field with suggestions, following the WAI-ARIA combobox pattern: the list opens as one types, the arrow
 * keys move through it, Enter picks, Escape closes; the focus stays in the field all along.
 */
export function Combobox({ label, value, onValue, options, onPick, listLabel, status, hint, error, id, onKeyDown, onBlur, ...rest }: ComboboxProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  const listId = `${fieldId}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = open && options.length > 0;
  const activeIndex = shown && active < options.length ? active : -1;

  const pick = (option: ComboOption) => {
    onPick(option);
    setOpen(false);
    setActive(-1);
  };
  const keys = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!options.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((i) => (!shown ? (step > 0 ? 0 : options.length - 1) : (i + step + options.length) % options.length));
      return;
    }
    if (e.key === 'Enter' && activeIndex >= 0) {
      e.preventDefault();
      pick(options[activeIndex]!);
      return;
    }
    if (e.key === 'Escape' && shown) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
      return;
    }
    onKeyDown?.(e);
  };
  const describedBy = [hint ? `${fieldId}-hint` : '', error ? `${fieldId}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className={error ? 'field field--invalid combobox' : 'field combobox'}>
      <label className="field__label" htmlFor={fieldId}>
        {label}
      </label>
      <div className="combobox__box">
        <input
          id={fieldId}
          className="input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-activedescendant={activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          value={value}
          onChange={(e) => {
            onValue(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={keys}
          onBlur={(e) => {
            setOpen(false);
            onBlur?.(e);
          }}
          {...rest}
        />
        <ul id={listId} role="listbox" aria-label={listLabel} className="combobox__list" hidden={!shown}>
          {options.map((o, i) => (
            <li
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'combobox__option combobox__option--active' : 'combobox__option'}
              // Keeps the focus in the field: the click picks without a blur closing the list first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o)}
            >
              <span className="combobox__label">{o.label}</span>
              {/* The option is a flex box: its name is read "Arlon 6700 · Wallonie", with the space. */}
              {o.detail ? <span className="combobox__detail">{o.detail}</span> : null}
            </li>
          ))}
        </ul>
      </div>
      <p className="visually-hidden" role="status">
        {open ? status : ''}
      </p>
      {hint ? (
        <p className="field__hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${fieldId}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
