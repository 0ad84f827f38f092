import type { MyNetwork, Network, Role } from '../api/types';

const storageKey = 'maillage.network';
const rolePreference: readonly Role[] = ['coordinator', 'member', 'partner', 'observer'];

export function rememberNetwork(slug: string): void {
  try {
    window.localStorage.setItem(storageKey, slug);
  } catch {
    // Storage refused (private browsing): the app falls back to the best network below.
  }
}

export function lastNetwork(networks: readonly MyNetwork[]): MyNetwork | undefined {
  try {
    const slug = window.localStorage.getItem(storageKey);
    return networks.find((n) => n.slug === slug);
  } catch {
    return undefined;
  }
}

/** The networks where the person has their strongest role (coordinator before member, and so on). */
export function strongestRoleNetworks(networks: readonly MyNetwork[]): MyNetwork[] {
  for (const role of rolePreference) {
    const found = networks.filter((n) => n.roles.includes(role));
    if (found.length) return found;
  }
  return [...networks];
}

/**
 * The network to open when none is in the address: the last one visited, else the one where the person has the
 * most to do — strongest role, then (given the platform's network list) the most member organisations.
 */
export function preferredNetwork(networks: readonly MyNetwork[], sizes?: readonly Network[]): MyNetwork | undefined {
  const remembered = lastNetwork(networks);
  if (remembered) return remembered;
  const candidates = strongestRoleNetworks(networks);
  if (candidates.length <= 1 || !sizes) return candidates[0];
  const size = (n: MyNetwork) => sizes.find((s) => s.id === n.id)?.organisationCount ?? 0;
  return [...candidates].sort((a, b) => size(b) - size(a))[0];
}
