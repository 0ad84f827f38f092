import type { Translated } from '../../db/schema';

/** The five reference networks of PRODUCT.md, as the demo territory presents them. */
export type DemoNetworkSlug = 'remalux' | 'gre-liege' | 'resilian' | 'ess-grande-region' | 'agences-grande-region';

export interface DemoNetwork {
  slug: DemoNetworkSlug;
  name: string;
  agency: string;
  description: Required<Translated>;
}

export const demoNetworks: readonly DemoNetwork[] = [
  {
    slug: 'remalux',
    name: 'REMALUX — Réseau des entreprises de la province de Luxembourg',
    agency: 'IDELUX',
    description: {
      fr: "Trois écosystèmes prioritaires de la province de Luxembourg — l'alimentation (Food Club), le bois (Bois Wallon, Ensemble) et les biotech/medtech autour du parc scientifique Novalis — chacun avec sa feuille de route co-construite avec les entreprises. Second pilier, GANESH : les besoins de recrutement et de formation des entreprises, orientés vers les bons opérateurs, les portes ouvertes et les liens avec les écoles.",
      de: 'Drei vorrangige Ökosysteme der Provinz Luxemburg — Lebensmittel (Food Club), Holz (Bois Wallon, Ensemble) und Biotech/Medtech rund um den Wissenschaftspark Novalis — jedes mit einem gemeinsam mit den Unternehmen erarbeiteten Fahrplan. Zweite Säule, GANESH: Personal- und Weiterbildungsbedarf der Unternehmen, vermittelt an die richtigen Akteure, Tage der offenen Tür und Schulkontakte.',
      en: 'Three priority ecosystems of the Belgian province of Luxembourg — food (Food Club), wood (Bois Wallon, Ensemble) and biotech/medtech around the Novalis science park — each with a roadmap co-built with the companies. Second pillar, GANESH: companies’ recruitment and training needs, routed to the right operators, open days and school links.',
      nl: 'Drie prioritaire ecosystemen van de provincie Luxemburg — voeding (Food Club), hout (Bois Wallon, Ensemble) en biotech/medtech rond het wetenschapspark Novalis — elk met een samen met de bedrijven opgestelde routekaart. Tweede pijler, GANESH: wervings- en opleidingsbehoeften van bedrijven, doorverwezen naar de juiste operatoren, opendeurdagen en schoolcontacten.',
    },
  },
  {
    slug: 'gre-liege',
    name: 'GRE-Liège — Réseau des entreprises de la métropole liégeoise',
    agency: 'GRE-Liège',
    description: {
      fr: "Les entreprises de la métropole liégeoise autour de six axes stratégiques : industries du futur, efficacité énergétique, territoires intelligents, biotech & santé, e-business & logistique, agroalimentaire. Interface entre porteurs de projets innovants et acteurs de la formation, et image de la métropole portée par des événements soutenus par des sponsors.",
      de: 'Die Unternehmen der Metropole Lüttich entlang sechs strategischer Achsen: Industrie der Zukunft, Energieeffizienz, intelligente Regionen, Biotech & Gesundheit, E-Business & Logistik, Lebensmittel. Schnittstelle zwischen innovativen Projektträgern und Bildungsakteuren, Standortmarketing durch gesponserte Veranstaltungen.',
      en: 'The companies of the Liège metropolis along six strategic axes: industries of the future, energy efficiency, smart territories, biotech & health, e-business & logistics, agri-food. An interface between innovative project holders and training actors, and city branding through sponsored events.',
      nl: 'De bedrijven van de metropool Luik rond zes strategische assen: industrie van de toekomst, energie-efficiëntie, slimme regio’s, biotech & gezondheid, e-business & logistiek, agrovoeding. Een brug tussen innovatieve projectdragers en opleidingsactoren, en citymarketing via gesponsorde evenementen.',
    },
  },
  {
    slug: 'resilian',
    name: 'Résilian — Club des industriels du Nord Alsace',
    agency: 'ADIRA',
    description: {
      fr: "Une trentaine d'industriels du Nord Alsace qui mutualisent leurs moyens (née d'une cabine de peinture sous-utilisée), partagent RH et innovation, animent des business corners (lean, numérique, formation, relation client–sous-traitant), des challenges entre pairs et des taskforces « un problème, un projet », pilotés par un comité stratégique mensuel.",
      de: 'Rund dreißig Industrieunternehmen im Nordelsass, die ihre Mittel teilen (entstanden aus einer kaum genutzten Lackierkabine), Personal und Innovation bündeln, Business Corners (Lean, Digitalisierung, Ausbildung, Kunden–Zulieferer) sowie Peer Challenges und Taskforces nach dem Prinzip „ein Problem, ein Projekt“ durchführen — gesteuert von einem monatlichen Strategieausschuss.',
      en: 'About thirty industrials of North Alsace pooling their means (born from an under-used paint booth), sharing HR and innovation, running business corners (lean, digitalisation, training, client–subcontractor relations), peer challenges and “one problem, one project” taskforces, steered by a monthly strategic committee.',
      nl: 'Een dertigtal industriële bedrijven uit de Noord-Elzas die hun middelen delen (ontstaan uit een onderbenutte spuitcabine), HR en innovatie bundelen, business corners organiseren (lean, digitalisering, opleiding, klant–onderaannemer), peer challenges en taskforces volgens “één probleem, één project”, gestuurd door een maandelijks strategisch comité.',
    },
  },
  {
    slug: 'ess-grande-region',
    name: 'Cluster ESS Grande Région',
    agency: 'EcoTrans-Faire',
    description: {
      fr: "Acteurs de l'économie sociale et solidaire, entreprises privées et collectivités du Luxembourg et de Meurthe-et-Moselle montent des projets collaboratifs transfrontaliers à impact social et environnemental : circuits courts, économie circulaire, logiciel libre, coopératives, entrepreneuriat social. Premier rendez-vous : une convention d'affaires sur les achats responsables.",
      de: 'Akteure der Sozial- und Solidarwirtschaft, private Unternehmen und Gebietskörperschaften aus Luxemburg und Meurthe-et-Moselle entwickeln grenzüberschreitende Kooperationsprojekte mit sozialer und ökologischer Wirkung: kurze Lieferketten, Kreislaufwirtschaft, Open Source, Genossenschaften, Social Entrepreneurship. Erster Termin: eine Kooperationsbörse zur verantwortungsvollen Beschaffung.',
      en: 'Social and solidarity economy actors, private companies and public authorities of Luxembourg and Meurthe-et-Moselle build cross-border collaborative projects with social and environmental impact: short circuits, circular economy, open source, cooperatives, social entrepreneurship. First event: a business convention on responsible purchasing.',
      nl: 'Actoren uit de sociale en solidaire economie, private bedrijven en overheden uit Luxemburg en Meurthe-et-Moselle bouwen grensoverschrijdende samenwerkingsprojecten met sociale en ecologische impact: korte ketens, circulaire economie, open source, coöperaties, sociaal ondernemerschap. Eerste afspraak: een zakenconventie over verantwoord aankopen.',
    },
  },
  {
    slug: 'agences-grande-region',
    name: 'Agences & opérateurs de la Grande Région',
    agency: 'IDELUX · GRE-Liège · ADIRA · EcoTrans-Faire',
    description: {
      fr: "Le réseau des agences de développement et de leurs opérateurs partenaires — services de l'emploi, centres de formation, chambres consulaires — pour la vue d'ensemble de l'agence : réalisations par réseau, orientation des besoins de recrutement et de formation, indicateurs pour les financeurs.",
      de: 'Das Netzwerk der Entwicklungsagenturen und ihrer Partner — Arbeitsverwaltungen, Bildungszentren, Kammern — für den Gesamtblick der Agentur: Ergebnisse je Netzwerk, Weiterleitung von Personal- und Weiterbildungsbedarf, Indikatoren für die Geldgeber.',
      en: 'The network of the development agencies and their partner operators — employment offices, training centres, chambers — for the agency-wide view: achievements per network, routing of recruitment and training needs, indicators for funders.',
      nl: 'Het netwerk van de ontwikkelingsagentschappen en hun partneroperatoren — arbeidsbemiddeling, opleidingscentra, kamers — voor het totaaloverzicht van het agentschap: resultaten per netwerk, doorverwijzing van wervings- en opleidingsbehoeften, indicatoren voor financiers.',
    },
  },
];
