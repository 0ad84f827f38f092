import type { Network } from '../../api/types';
import { useApi } from '../../ui/use-api';

/** One network by slug (public: name, agency, description in every language). */
export function useNetwork(slug: string) {
  return useApi<Network>(`/networks/${encodeURIComponent(slug)}`);
}
