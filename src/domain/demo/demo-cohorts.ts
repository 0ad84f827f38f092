import type { DemoNetworkSlug } from './demo-networks';
import type { DemoArea } from './demo-places';

/**
 * Who is in which demo network: each cohort is a group of organisations of one network, drawn from its territory
 * and its sectors, sized so that each network looks like the programme PRODUCT.md describes (~300 in all).
 */
export interface DemoCohort {
  /** Lets the builder find particular organisations (e.g. the one the demo member represents). */
  tag: string;
  network: DemoNetworkSlug;
  areas: readonly DemoArea[];
  /** Restricts the communes of the areas, e.g. the science park's surroundings. */
  communes?: readonly string[];
  /** Sector keys, used in turn so that every sector of the cohort is represented. */
  sectors: readonly string[];
  count: number;
  /** Probability of also joining the network that works the organisation's own area. */
  alsoLocal?: number;
  /** Probability of also joining another named network. */
  also?: { network: DemoNetworkSlug; probability: number };
  /** A fixed name, for one-of-a-kind organisations such as the agencies. */
  name?: string;
  /** Overrides the sector's head count range (Résilian's members are large plants). */
  staff?: readonly [number, number];
}

/** The network that works each area, for cross-network memberships of operators and agencies. */
export const localNetworkOf: Record<DemoArea, DemoNetworkSlug> = {
  'be-lux': 'remalux',
  'be-liege': 'gre-liege',
  'be-east': 'gre-liege',
  lu: 'ess-grande-region',
  'fr-alsace-north': 'resilian',
  'fr-nancy': 'ess-grande-region',
  'fr-longwy': 'ess-grande-region',
  'de-saar': 'ess-grande-region',
  'de-trier': 'ess-grande-region',
  'de-pfalz': 'resilian',
};

const sse = ['reuse', 'sheltered', 'garden', 'restaurant', 'cleaning', 'energycoop', 'opensource', 'finance', 'shortcircuit', 'insertiontemp'];
const allAreas: readonly DemoArea[] = ['be-lux', 'be-liege', 'be-east', 'lu', 'fr-alsace-north', 'fr-nancy', 'fr-longwy', 'de-saar', 'de-trier', 'de-pfalz'];

export const demoCohorts: readonly DemoCohort[] = [
  // The agencies themselves first, so that coordinators can represent them.
  { tag: 'agency-remalux', name: 'Agence de développement Ardenne-Luxembourg', network: 'agences-grande-region', areas: ['be-lux'], communes: ['Arlon'], sectors: ['agency'], count: 1, also: { network: 'remalux', probability: 1 } },
  { tag: 'agency-gre-liege', name: 'Agence de développement Meuse-Liège', network: 'agences-grande-region', areas: ['be-liege'], communes: ['Liège'], sectors: ['agency'], count: 1, also: { network: 'gre-liege', probability: 1 } },
  { tag: 'agency-resilian', name: 'Agence de développement Nord Alsace', network: 'agences-grande-region', areas: ['fr-alsace-north'], communes: ['Haguenau'], sectors: ['agency'], count: 1, also: { network: 'resilian', probability: 1 } },
  { tag: 'agency-ess', name: 'Agence transfrontalière ESS Lorraine-Luxembourg', network: 'agences-grande-region', areas: ['fr-nancy'], communes: ['Nancy'], sectors: ['agency'], count: 1, also: { network: 'ess-grande-region', probability: 1 } },
  // REMALUX: food club, wood, biotech/medtech around the science park, GANESH (jobs and skills).
  { tag: 'remalux-food', network: 'remalux', areas: ['be-lux'], sectors: ['bakery', 'charcuterie', 'dairy', 'brewery', 'chocolate', 'meals', 'vegetables'], count: 26, also: { network: 'ess-grande-region', probability: 0.04 } },
  { tag: 'remalux-wood', network: 'remalux', areas: ['be-lux'], sectors: ['sawmill', 'joinery', 'panels', 'pallets', 'furniture', 'forestry', 'timberframe', 'pellets'], count: 26 },
  { tag: 'remalux-wood-border', network: 'remalux', areas: ['lu', 'de-trier'], sectors: ['sawmill', 'timberframe', 'joinery'], count: 4, alsoLocal: 0.5 },
  { tag: 'remalux-biotech', network: 'remalux', areas: ['be-lux'], communes: ['Aye', 'Marche-en-Famenne', 'Libramont-Chevigny', 'Arlon', 'Hotton'], sectors: ['biotech', 'pharma', 'medtech', 'labtest'], count: 16, also: { network: 'gre-liege', probability: 0.15 } },
  { tag: 'remalux-ganesh', network: 'remalux', areas: ['be-lux'], sectors: ['trainingcentre', 'school', 'recruitment', 'steam'], count: 10 },
  { tag: 'remalux-research', network: 'remalux', areas: ['be-lux'], communes: ['Aye', 'Arlon', 'Libramont-Chevigny'], sectors: ['research'], count: 3 },
  // GRE-Liège: the six strategic axes, plus training and research actors.
  { tag: 'gre-future', network: 'gre-liege', areas: ['be-liege'], sectors: ['machining', 'steel', 'structures', 'maintenance', 'measuring', 'surface', 'machinetools'], count: 16 },
  { tag: 'gre-energy', network: 'gre-liege', areas: ['be-liege'], sectors: ['energy', 'hvac', 'electrical', 'renewables'], count: 9 },
  { tag: 'gre-smart', network: 'gre-liege', areas: ['be-liege', 'be-east'], sectors: ['software', 'data', 'smart'], count: 9 },
  { tag: 'gre-health', network: 'gre-liege', areas: ['be-liege'], sectors: ['biotech', 'pharma', 'medtech', 'labtest'], count: 12, also: { network: 'remalux', probability: 0.15 } },
  { tag: 'gre-logistics', network: 'gre-liege', areas: ['be-liege'], sectors: ['warehousing', 'freight', 'ecommerce', 'forwarding'], count: 9 },
  { tag: 'gre-food', network: 'gre-liege', areas: ['be-liege', 'be-east'], sectors: ['bakery', 'dairy', 'brewery', 'chocolate', 'vegetables', 'meals'], count: 8 },
  { tag: 'gre-skills', network: 'gre-liege', areas: ['be-liege'], sectors: ['highered', 'research', 'trainingcentre', 'club'], count: 6 },
  // Résilian: about thirty industrial plants, their SME subcontractors, training and local authorities.
  { tag: 'resilian-plant', network: 'resilian', areas: ['fr-alsace-north'], sectors: ['rail', 'bearings', 'motors', 'machinetools', 'autoparts', 'paints', 'glass', 'plastics', 'surface', 'handling', 'measuring'], count: 28, staff: [120, 1500] },
  { tag: 'resilian-pfalz', network: 'resilian', areas: ['de-pfalz'], sectors: ['machining', 'plastics', 'autoparts', 'surface'], count: 4, staff: [40, 450] },
  { tag: 'resilian-sme', network: 'resilian', areas: ['fr-alsace-north'], sectors: ['machining', 'surface', 'maintenance', 'structures', 'software', 'recruitment'], count: 12 },
  { tag: 'resilian-support', network: 'resilian', areas: ['fr-alsace-north'], sectors: ['trainingcentre', 'school', 'public'], count: 5 },
  // Cluster ESS Grande Région: social economy on both sides of the border, buyers and public purchasers.
  { tag: 'ess-lu', network: 'ess-grande-region', areas: ['lu'], sectors: sse, count: 20 },
  { tag: 'ess-fr', network: 'ess-grande-region', areas: ['fr-nancy', 'fr-longwy'], sectors: sse, count: 20 },
  { tag: 'ess-de', network: 'ess-grande-region', areas: ['de-saar', 'de-trier'], sectors: ['reuse', 'sheltered', 'garden', 'energycoop', 'insertiontemp'], count: 6 },
  { tag: 'ess-assoc', network: 'ess-grande-region', areas: ['lu', 'fr-nancy'], sectors: ['essnetwork', 'steam'], count: 6 },
  { tag: 'ess-buyers', network: 'ess-grande-region', areas: ['lu', 'fr-nancy', 'fr-longwy'], sectors: ['warehousing', 'meals', 'software', 'structures', 'hvac', 'steel'], count: 8 },
  { tag: 'ess-public', network: 'ess-grande-region', areas: ['lu', 'fr-nancy', 'fr-longwy'], sectors: ['public'], count: 4 },
  // The agencies' partner operators, many also active in their local network.
  { tag: 'operator-be-lux', network: 'agences-grande-region', areas: ['be-lux'], communes: ['Arlon', 'Marche-en-Famenne', 'Libramont-Chevigny'], sectors: ['employment'], count: 2, also: { network: 'remalux', probability: 1 } },
  { tag: 'operator-employment', network: 'agences-grande-region', areas: ['be-liege', 'lu', 'fr-alsace-north', 'fr-nancy', 'fr-longwy', 'de-saar', 'de-trier'], sectors: ['employment'], count: 7, alsoLocal: 0.6 },
  { tag: 'operator-training', network: 'agences-grande-region', areas: allAreas, sectors: ['trainingcentre', 'highered'], count: 8, alsoLocal: 0.5 },
  { tag: 'operator-chamber', network: 'agences-grande-region', areas: allAreas, sectors: ['chamber'], count: 6, alsoLocal: 0.3 },
];
