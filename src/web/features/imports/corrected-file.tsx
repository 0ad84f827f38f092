import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import type { ImportRecord } from './import-types';
import { uploadImport } from './upload-import';

/** After rejected rows: the corrected file goes through a new dry run with the same column mapping. */
export function CorrectedFile({ slug, mapping, onUploaded }: { slug: string; mapping: Record<string, string>; onUploaded: (record: ImportRecord) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setError(t('imports.chooseFile'));
    setBusy(true);
    setError(null);
    try {
      onUploaded(await uploadImport(slug, file, mapping));
    } catch (cause) {
      setError(errorText(t, cause).text);
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={id}>
          {t('imports.correctedFile')}
        </label>
        <input
          id={id}
          type="file"
          className="input"
          accept=".csv,.xlsx"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint`}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {t('imports.correctedFileHint')}
        </p>
      </div>
      {error ? <Banner tone="error">{error}</Banner> : null}
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('imports.dryRunCorrected')}
        </button>
      </div>
    </form>
  );
}
