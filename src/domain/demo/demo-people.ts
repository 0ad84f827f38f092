import type { Locale, Translated } from '../../db/schema';
import type { DemoArea } from './demo-places';

/**
 * Name pools for the invented representatives, by the cultural area of their organisation, so that a Gaumais
 * sawmill, a Saarland cooperative and an Alsatian plant each "sound" right. Common given and family names only.
 */
export type NameCulture = 'wallonia' | 'flanders' | 'luxembourg' | 'alsace' | 'lorraine' | 'germany';

export const givenNames: Record<NameCulture, readonly string[]> = {
  wallonia: ['Julie', 'Sophie', 'Marie', 'Camille', 'Élise', 'Claire', 'Nathalie', 'Isabelle', 'Céline', 'Aurélie', 'Pauline', 'Laure', 'Valérie', 'Manon', 'Thomas', 'Nicolas', 'Julien', 'Laurent', 'Olivier', 'Benoît', 'Sébastien', 'Christophe', 'Vincent', 'Arnaud', 'Grégory', 'Maxime', 'Didier', 'Luc'],
  flanders: ['Sofie', 'Lies', 'Katrien', 'Els', 'Elke', 'Hanne', 'Pieter', 'Bart', 'Koen', 'Wouter', 'Stijn', 'Dries', 'Jeroen'],
  luxembourg: ['Tessy', 'Joëlle', 'Nadine', 'Carole', 'Martine', 'Sandra', 'Anne', 'Claudine', 'Jeff', 'Gilles', 'Marc', 'Yves', 'Patrick', 'Claude', 'Jos', 'Tom', 'Georges', 'Ben'],
  alsace: ['Aurélie', 'Caroline', 'Émilie', 'Sandrine', 'Mathilde', 'Audrey', 'Stéphanie', 'Anne', 'Thierry', 'Jérôme', 'Frédéric', 'Michel', 'Guillaume', 'Mathieu', 'Rémy', 'Bruno', 'Fabien', 'Yann'],
  lorraine: ['Marion', 'Hélène', 'Virginie', 'Delphine', 'Justine', 'Agnès', 'Estelle', 'Fanny', 'Damien', 'Cédric', 'Hervé', 'Patrice', 'Romain', 'Xavier', 'Alexandre', 'Franck', 'Bertrand'],
  germany: ['Anna', 'Julia', 'Katrin', 'Sabine', 'Stefanie', 'Lena', 'Claudia', 'Andrea', 'Miriam', 'Petra', 'Michael', 'Stefan', 'Andreas', 'Markus', 'Tobias', 'Florian', 'Matthias', 'Jens', 'Daniel', 'Lukas'],
};

export const familyNames: Record<NameCulture, readonly string[]> = {
  wallonia: ['Lambert', 'Dubois', 'Collignon', 'Thiry', 'Jacquemin', 'Gillet', 'Renard', 'Lhoest', 'Pirard', 'Henrotte', 'Lejeune', 'Goffin', 'Dumont', 'Lemaire', 'Hardy', 'Maréchal', 'Noël', 'Mathieu', 'Wathelet', 'Piron', 'Delvaux', 'Grosjean', 'Hubert', 'Guillaume', 'Closset', 'Lecomte', 'Dewez', 'Burnotte', 'Gérardy', 'Remacle'],
  flanders: ['Peeters', 'Janssens', 'Maes', 'Claes', 'Wouters', 'De Smet', 'Vermeulen', 'Willems', 'Goossens', 'Hermans', 'Van den Broeck'],
  luxembourg: ['Schmit', 'Weber', 'Hoffmann', 'Wagner', 'Kieffer', 'Reuter', 'Thill', 'Majerus', 'Schroeder', 'Kremer', 'Feltgen', 'Hansen', 'Meyers', 'Steffen', 'Welter', 'Goergen', 'Ries', 'Kayser', 'Wirtz', 'Bertemes', 'Faber', 'Hilbert'],
  alsace: ['Schneider', 'Meyer', 'Kuhn', 'Roth', 'Wendling', 'Ehrhart', 'Hummel', 'Jung', 'Wolff', 'Fritsch', 'Heitz', 'Lienhard', 'Ott', 'Weiss', 'Kern', 'Stoeckel', 'Ritter', 'Sutter', 'Muller', 'Bauer', 'Haegel', 'Gross'],
  lorraine: ['Thomas', 'Petit', 'Marchal', 'Collin', 'François', 'Mangin', 'Gérard', 'Humbert', 'Jacquot', 'Didier', 'Vautrin', 'Poirot', 'Simonin', 'Masson', 'Thiébaut', 'Grandjean', 'Perrin', 'Aubry', 'Lallemand', 'Chrétien'],
  germany: ['Becker', 'Klein', 'Schäfer', 'Braun', 'Zimmermann', 'Krämer', 'Lang', 'Franz', 'Scholl', 'Hartmann', 'Schmitt', 'Müller', 'Jakobs', 'Backes', 'Fischer', 'Meier', 'Koch', 'Kirsch', 'Lauer', 'Bläsius'],
};

export function cultureOf(area: DemoArea): NameCulture {
  switch (area) {
    case 'be-lux':
    case 'be-liege':
      return 'wallonia';
    case 'be-east':
    case 'de-saar':
    case 'de-trier':
    case 'de-pfalz':
      return 'germany';
    case 'lu':
      return 'luxembourg';
    case 'fr-alsace-north':
      return 'alsace';
    case 'fr-nancy':
    case 'fr-longwy':
      return 'lorraine';
  }
}

/** Interface language of a person from their culture; Luxembourgers split between French and German. */
export function localeOf(culture: NameCulture, coin: number): Locale {
  if (culture === 'germany') return 'de';
  if (culture === 'flanders') return 'nl';
  if (culture === 'luxembourg') return coin < 0.4 ? 'de' : 'fr';
  return 'fr';
}

export type JobKey =
  | 'ceo'
  | 'plant'
  | 'hr'
  | 'buyer'
  | 'quality'
  | 'rd'
  | 'production'
  | 'csr'
  | 'sales'
  | 'director'
  | 'coordinator'
  | 'trainingAdvisor'
  | 'employerAdvisor'
  | 'researcher'
  | 'transfer'
  | 'economicOfficer'
  | 'projectOfficer'
  | 'logistics';

export const jobTitles: Record<JobKey, Required<Translated>> = {
  ceo: { fr: 'Administrateur délégué', de: 'Geschäftsführer', en: 'Managing director', nl: 'Gedelegeerd bestuurder' },
  plant: { fr: "Directeur d'usine", de: 'Werkleiter', en: 'Plant director', nl: 'Fabrieksdirecteur' },
  hr: { fr: 'Responsable des ressources humaines', de: 'Personalleiter', en: 'HR manager', nl: 'HR-manager' },
  buyer: { fr: 'Acheteur', de: 'Einkäufer', en: 'Buyer', nl: 'Aankoper' },
  quality: { fr: 'Responsable qualité', de: 'Qualitätsmanager', en: 'Quality manager', nl: 'Kwaliteitsverantwoordelijke' },
  rd: { fr: 'Responsable R&D', de: 'Leiter Forschung & Entwicklung', en: 'R&D manager', nl: 'R&D-verantwoordelijke' },
  production: { fr: 'Responsable de production', de: 'Produktionsleiter', en: 'Production manager', nl: 'Productieverantwoordelijke' },
  csr: { fr: 'Responsable RSE', de: 'Nachhaltigkeitsbeauftragter', en: 'CSR manager', nl: 'MVO-verantwoordelijke' },
  sales: { fr: 'Responsable commercial', de: 'Vertriebsleiter', en: 'Sales manager', nl: 'Commercieel verantwoordelijke' },
  director: { fr: 'Directeur', de: 'Geschäftsführer', en: 'Director', nl: 'Directeur' },
  coordinator: { fr: 'Coordinateur', de: 'Koordinator', en: 'Coordinator', nl: 'Coördinator' },
  trainingAdvisor: { fr: 'Conseiller formation', de: 'Weiterbildungsberater', en: 'Training advisor', nl: 'Opleidingsadviseur' },
  employerAdvisor: { fr: 'Conseiller entreprises', de: 'Arbeitgeberberater', en: 'Employer advisor', nl: 'Werkgeversadviseur' },
  researcher: { fr: 'Responsable de laboratoire', de: 'Laborleiter', en: 'Head of laboratory', nl: 'Labohoofd' },
  transfer: { fr: 'Chargé de valorisation', de: 'Technologietransfer-Manager', en: 'Technology transfer officer', nl: 'Valorisatiemanager' },
  economicOfficer: { fr: 'Chargé de développement économique', de: 'Wirtschaftsförderer', en: 'Economic development officer', nl: 'Medewerker economische ontwikkeling' },
  projectOfficer: { fr: 'Chargé de mission', de: 'Projektreferent', en: 'Project officer', nl: 'Projectmedewerker' },
  logistics: { fr: 'Responsable logistique', de: 'Logistikleiter', en: 'Logistics manager', nl: 'Logistiek verantwoordelijke' },
};
