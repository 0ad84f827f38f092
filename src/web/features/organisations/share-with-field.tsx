import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client';
import type { OrganisationHit, Page } from '../../api/types';
import { Combobox } from '../../ui/combobox';
import { useDebounced } from '../../ui/use-debounced';
import { rememberOrganisationName, useOrganisationNames } from './use-organisation-names';

/** Organisations of the network whose name begins like the text, for the share picker. */
function useNetworkOrganisations(slug: string, text: string, exclude: readonly string[]): OrganisationHit[] {
  const typed = useDebounced(text.trim(), 200);
  const [found, setFound] = useState<OrganisationHit[]>([]);
  useEffect(() => {
    if (typed.length < 2) return setFound([]);
    let live = true;
    api
      .get<Page<OrganisationHit>>(`/networks/${encodeURIComponent(slug)}/organisations${query({ q: typed, pageSize: 8 })}`)
      .then((page) => live && setFound(page.items))
      .catch(() => live && setFound([]));
    return () => {
      live = false;
    };
  }, [slug, typed]);
  return text.trim().length >= 2 ? found.filter((o) => !exclude.includes(o.id)) : [];
}

/**
 * Whom the profile is shared with when its visibility is "named organisations": the list, each removable, and a
 * search among the network's organisations to add one.
 */
export function ShareWithField({ slug, self, value, onValue }: { slug: string; self: string | undefined; value: string[]; onValue: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const names = useOrganisationNames(value);
  const found = useNetworkOrganisations(slug, text, self ? [...value, self] : value);
  const label = (id: string) => names.get(id) ?? (names.has(id) ? t('organisation.hiddenOrganisation') : '…');
  return (
    <div className="share-with stack">
      <h3 className="subhead" id="shared-with-title">
        {t('organisation.sharedWith')}
      </h3>
      {value.length ? (
        <ul className="chips__list" aria-labelledby="shared-with-title">
          {value.map((id) => (
            <li key={id}>
              <button type="button" className="chip" onClick={() => onValue(value.filter((x) => x !== id))} aria-label={t('organisation.stopSharing', { name: label(id) })}>
                <span className="chip__label">{label(id)}</span>
                <span className="chip__x" aria-hidden="true">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('organisation.sharedWithNobody')}</p>
      )}
      <Combobox
        label={t('organisation.shareWith')}
        hint={t('organisation.shareWithHint')}
        value={text}
        onValue={setText}
        options={found.map((o) => ({ id: o.id, label: o.name, detail: [o.postcode, o.commune].filter(Boolean).join(' ') }))}
        onPick={(o) => {
          rememberOrganisationName(o.id, o.label);
          onValue([...value, o.id]);
          setText('');
        }}
        listLabel={t('organisation.shareSuggestions')}
        status={text.trim().length >= 2 ? t('organisation.organisationsFound', { n: found.length }) : ''}
        name="share-with"
      />
    </div>
  );
}
