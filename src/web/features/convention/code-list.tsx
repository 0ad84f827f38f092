import { useTranslation } from 'react-i18next';
import { NacePicker } from '../directory/nace-picker';
import { useNaceLabels } from '../directory/use-nace-labels';

/** NACE codes chosen with the picker, each shown with its label and a button to remove it. */
export function CodeList({ label, hint, codes, onChange }: { label: string; hint: string; codes: string[]; onChange: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const labelOf = useNaceLabels(codes);
  return (
    <div className="code-list">
      <NacePicker label={label} hint={hint} selected={codes} onPick={(code) => onChange([...codes, code])} />
      {codes.length ? (
        <ul className="code-list__items">
          {codes.map((code) => (
            <li key={code} className="tag tag--accent">
              <span className="code">{code}</span> {labelOf(code)}
              <button type="button" className="code-list__remove" onClick={() => onChange(codes.filter((c) => c !== code))} aria-label={t('convention.profile.removeCode', { code })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Shows codes with their labels in the reader's language. */
export function CodeTags({ codes }: { codes: string[] }) {
  const labelOf = useNaceLabels(codes);
  if (!codes.length) return null;
  return (
    <ul className="word-list">
      {codes.map((code) => (
        <li key={code} className="tag">
          <span className="code">{code}</span> {labelOf(code)}
        </li>
      ))}
    </ul>
  );
}
