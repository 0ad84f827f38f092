import { useId } from 'react';
import type { FormEvent } from 'react';

interface SearchBoxProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  placeholder: string;
  large?: boolean;
  className?: string;
}

/** A labelled search landmark whose results follow the typing: submitting (Enter) does nothing more. */
export function SearchBox({ label, value, onValue, placeholder, large = false, className }: SearchBoxProps) {
  const id = useId();
  return (
    <form role="search" className={className ? `search ${className}` : 'search'} onSubmit={(e: FormEvent) => e.preventDefault()}>
      <label htmlFor={id} className="search__label">
        {label}
      </label>
      <input
        id={id}
        type="search"
        className={large ? 'input input--large' : 'input'}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        placeholder={placeholder}
        autoComplete="off"
      />
    </form>
  );
}
