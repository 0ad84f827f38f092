import type { HistoryEntry } from '../../api/types';
import { useApi } from '../../ui/use-api';

/**
 * Whether the reader may edit the organisation: the history answers only to those who may (its representatives
 * and the coordinators of its networks), so its answer says which buttons to show.
 */
export function useOrganisationHistory(id: string, enabled: boolean) {
  const history = useApi<HistoryEntry[]>(enabled ? `/organisations/${encodeURIComponent(id)}/history` : null);
  return { ...history, canEdit: !!history.data };
}
