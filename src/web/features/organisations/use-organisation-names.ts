import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Organisation } from '../../api/types';

// Names do not change while one edits a form: each organisation is asked for once per page load.
const known = new Map<string, Promise<string | null>>();

function nameOf(id: string): Promise<string | null> {
  let found = known.get(id);
  if (!found) {
    found = api.get<Organisation>(`/organisations/${encodeURIComponent(id)}`).then(
      (o) => o.name,
      // Shared with an organisation the reader may not see: it stays listed, without its name.
      () => null,
    );
    known.set(id, found);
  }
  return found;
}

/** The names of organisations given by id (null for one the reader may not see), as they arrive. */
export function useOrganisationNames(ids: readonly string[]): Map<string, string | null> {
  const [names, setNames] = useState(new Map<string, string | null>());
  const key = [...ids].sort().join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(ids.map(async (id) => [id, await nameOf(id)] as const)).then((pairs) => {
      if (live) setNames(new Map(pairs));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}

/** Remembers a name learnt elsewhere (a search result), so a newly chosen organisation shows at once. */
export function rememberOrganisationName(id: string, name: string) {
  known.set(id, Promise.resolve(name));
}
