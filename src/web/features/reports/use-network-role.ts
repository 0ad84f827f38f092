import { useSession } from '../../session/session';

/** What the signed-in person is in a network: coordinators see the records behind figures, the graph and exports. */
export function useNetworkRole(slug: string) {
  const { me } = useSession();
  const roles = me.networks.find((n) => n.slug === slug)?.roles ?? [];
  const admin = !!me.user?.isAdmin;
  return {
    coordinates: admin || roles.includes('coordinator'),
    coordinatesAny: admin || me.networks.some((n) => n.roles.includes('coordinator')),
    inNetwork: admin || roles.length > 0,
  };
}
