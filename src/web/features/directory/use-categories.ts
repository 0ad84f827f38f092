import type { Category } from '../../api/types';
import { useApi } from '../../ui/use-api';

/** The ecosystems and strategic axes a network defines for itself. */
export function useCategories(slug: string) {
  return useApi<Category[]>(`/networks/${encodeURIComponent(slug)}/categories`);
}
