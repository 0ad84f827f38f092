import type { Locale, Role } from '../../db/schema';
import type { DemoNetworkSlug } from './demo-networks';

/**
 * The accounts a newcomer signs in with to see each point of view of PRODUCT.md: admin, one coordinator per
 * network, a member representing several organisations, a partner operator and an observer.
 */
export interface FixedDemoUser {
  email: string;
  name: string;
  locale: Locale;
  isAdmin?: boolean;
  description: string;
  roles: { network: DemoNetworkSlug; role: Role }[];
  /** Organisations represented, by the tag of their cohort (the first organisation of that cohort). */
  represents?: { tag: string; jobTitle: string }[];
}

export const fixedDemoUsers: readonly FixedDemoUser[] = [
  {
    email: 'admin@maillage.demo',
    name: 'Maillage Admin',
    locale: 'fr',
    isAdmin: true,
    description: 'Platform administrator: manages networks and accounts',
    roles: [],
  },
  {
    email: 'coord.remalux@maillage.demo',
    name: 'Aline Jacquemart',
    locale: 'fr',
    description: 'Coordinator of REMALUX (food, wood, biotech/medtech, GANESH) and of the agency-wide network',
    roles: [
      { network: 'remalux', role: 'coordinator' },
      { network: 'agences-grande-region', role: 'coordinator' },
    ],
    represents: [{ tag: 'agency-remalux', jobTitle: 'Chargée de mission écosystèmes' }],
  },
  {
    email: 'coord.gre-liege@maillage.demo',
    name: 'Marc Delhez',
    locale: 'fr',
    description: 'Coordinator of GRE-Liège (six strategic axes, sponsors)',
    roles: [{ network: 'gre-liege', role: 'coordinator' }],
    represents: [{ tag: 'agency-gre-liege', jobTitle: 'Chargé de mission axes stratégiques' }],
  },
  {
    email: 'coord.resilian@maillage.demo',
    name: 'Claire Wendling',
    locale: 'fr',
    description: 'Full-time coordinator of Résilian, the North Alsace industrial club',
    roles: [{ network: 'resilian', role: 'coordinator' }],
    represents: [{ tag: 'agency-resilian', jobTitle: 'Coordinatrice du club Résilian' }],
  },
  {
    email: 'coord.ess-grande-region@maillage.demo',
    name: 'Nadia Bertemes',
    locale: 'fr',
    description: 'Coordinator of the cross-border Cluster ESS Grande Région',
    roles: [{ network: 'ess-grande-region', role: 'coordinator' }],
    represents: [{ tag: 'agency-ess', jobTitle: 'Chargée de mission ESS transfrontalière' }],
  },
  {
    email: 'coord.agences-grande-region@maillage.demo',
    name: 'Pierre-Yves Collard',
    locale: 'fr',
    description: 'Coordinator of the agency-wide network of agencies and partner operators',
    roles: [{ network: 'agences-grande-region', role: 'coordinator' }],
    represents: [{ tag: 'agency-remalux', jobTitle: 'Responsable des réseaux d’entreprises' }],
  },
  {
    email: 'membre@maillage.demo',
    name: 'Laurent Schaller',
    locale: 'fr',
    description: 'Member of Résilian and REMALUX, representing one company in each',
    roles: [
      { network: 'resilian', role: 'member' },
      { network: 'remalux', role: 'member' },
    ],
    represents: [
      { tag: 'resilian-sme', jobTitle: 'Président' },
      { tag: 'remalux-wood', jobTitle: 'Administrateur délégué' },
    ],
  },
  {
    email: 'partenaire@maillage.demo',
    name: 'Isabelle Grosjean',
    locale: 'fr',
    description: 'Partner operator (employment office) in REMALUX and the agency-wide network',
    roles: [
      { network: 'remalux', role: 'partner' },
      { network: 'agences-grande-region', role: 'partner' },
    ],
    represents: [{ tag: 'operator-be-lux', jobTitle: 'Conseillère entreprises' }],
  },
  {
    email: 'observateur@maillage.demo',
    name: 'Jean-Marc Lallemand',
    locale: 'fr',
    description: 'Observer (funder, committee member) in GRE-Liège and Résilian',
    roles: [
      { network: 'gre-liege', role: 'observer' },
      { network: 'resilian', role: 'observer' },
    ],
  },
];
