import type { Locale, OrganisationKind, PostKind } from '../../db/schema';

/**
 * A labelled set for the matching: posts as members of the Grande Région's networks write them (in French, German,
 * English or Dutch, coded or not), and for some of them, the posts a coordinator would put in front of their
 * author. Written for this project from the programmes PRODUCT.md describes; the judgements are ours.
 *
 * Used by matching-quality.test.ts and bench/matching to report precision at 5 of the matching and of a plain
 * keyword search on the same posts.
 */
export interface LabelledPost {
  id: string;
  kind: PostKind;
  place: keyof typeof labelledPlaces;
  organisation: { name: string; kind?: OrganisationKind; nace?: string[] };
  text: Partial<Record<Locale, [title: string, body: string]>>;
  nace?: string[];
  occupations?: string[];
  skills?: string[];
}

export interface LabelledQuery {
  post: string;
  /** The posts worth showing to the author, in no particular order. */
  relevant: string[];
}

export const labelledPlaces = {
  arlon: { country: 'BE', postcode: '6700', commune: 'Arlon', latitude: 49.6833, longitude: 5.8167 },
  bastogne: { country: 'BE', postcode: '6600', commune: 'Bastogne', latitude: 50.0, longitude: 5.7167 },
  libramont: { country: 'BE', postcode: '6800', commune: 'Libramont-Chevigny', latitude: 49.92, longitude: 5.38 },
  liege: { country: 'BE', postcode: '4000', commune: 'Liège', latitude: 50.6326, longitude: 5.5797 },
  luxembourg: { country: 'LU', postcode: '1611', commune: 'Luxembourg', latitude: 49.6116, longitude: 6.1319 },
  esch: { country: 'LU', postcode: '4002', commune: 'Esch-sur-Alzette', latitude: 49.4958, longitude: 5.9806 },
  longwy: { country: 'FR', postcode: '54400', commune: 'Longwy', latitude: 49.5197, longitude: 5.7617 },
  nancy: { country: 'FR', postcode: '54000', commune: 'Nancy', latitude: 48.6921, longitude: 6.1844 },
  haguenau: { country: 'FR', postcode: '67500', commune: 'Haguenau', latitude: 48.8156, longitude: 7.7906 },
  strasbourg: { country: 'FR', postcode: '67000', commune: 'Strasbourg', latitude: 48.5734, longitude: 7.7521 },
  trier: { country: 'DE', postcode: '54290', commune: 'Trier', latitude: 49.7499, longitude: 6.6371 },
  saarbruecken: { country: 'DE', postcode: '66111', commune: 'Saarbrücken', latitude: 49.2402, longitude: 6.9969 },
  pirmasens: { country: 'DE', postcode: '66953', commune: 'Pirmasens', latitude: 49.2, longitude: 7.6 },
  metz: { country: 'FR', postcode: '57000', commune: 'Metz', latitude: 49.1193, longitude: 6.1757 },
} as const;

const TIG = 'skill:a51adea8-bf02-488a-a0d8-b0961caca5b0';
const MAG = 'skill:60ff3eac-7d4d-4e51-87b8-74c3b5d62498';
const WELD = 'skill:2ee57de4-bffd-4194-b009-0060edec77cc';
const INSPECT = 'skill:34016949-da9c-4107-98e3-1080ae405e27';
const FORK = 'skill:28cb374e-6261-4133-8371-f9a5470145da';
const LEAN = 'skill:82fea746-853f-4f1b-8ab7-55de8619cccd';
const CNC = 'skill:bf942c60-8539-4951-83ee-63f770da1cb8';
const HACCP = 'skill:5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350';
const PAINT = 'skill:4c68d1c3-66d9-4631-a6ff-b13d2ce9ff17';

export const labelledPosts: LabelledPost[] = [
  // Welding: needs and offers on both sides of every border.
  { id: 'weld-need-esch', kind: 'recruitment', place: 'esch', organisation: { name: 'Stahlbau Minett', nace: ['C25.11'] }, occupations: ['esco:7212.3'], skills: [TIG],
    text: { de: ['Drei Schweißer (WIG) gesucht', 'Für unsere Stahlbauwerkstatt in Esch suchen wir drei erfahrene Schweißer, WIG und Elektrode, unbefristet.'] } },
  { id: 'weld-training-need-lux', kind: 'training_need', place: 'luxembourg', organisation: { name: 'Metallbau Kirchberg', nace: ['C25.11'] }, occupations: ['esco:7212.3'], skills: [TIG],
    text: { de: ['Weiterbildung WIG-Schweißen für vier Mitarbeiter', 'Vier Monteure sollen im Herbst das WIG-Schweißen an Edelstahl lernen, gern in unserer Werkstatt.'] } },
  { id: 'weld-training-longwy', kind: 'training_offer', place: 'longwy', organisation: { name: 'Campus des métiers du Pays-Haut', kind: 'training', nace: ['P85.59'] }, occupations: ['rome:H2916'], skills: [TIG],
    text: { fr: ['Formation soudeur TIG – titre professionnel', 'Sessions de 12 semaines en alternance, ouvertes aux salariés des entreprises du bassin de Longwy et du Luxembourg.'] } },
  { id: 'weld-training-arlon', kind: 'training_offer', place: 'arlon', organisation: { name: 'Centre de compétence Métal Arlon', kind: 'training', nace: ['P85.59'] }, occupations: ['esco:7212.3'], skills: [MAG, WELD],
    text: { fr: ['Formation qualifiante soudage semi-automatique MIG/MAG', 'Modules de 80 heures, certification selon la norme EN ISO 9606, en journée ou en soirée.'] } },
  { id: 'weld-training-saar', kind: 'training_offer', place: 'saarbruecken', organisation: { name: 'Schweißtechnische Lehranstalt Saar', kind: 'training', nace: ['P85.59'] }, occupations: ['esco:7212.3'], skills: [TIG, MAG],
    text: { de: ['Schweißkurse WIG und MAG nach DIN EN ISO 9606', 'Firmenkurse für Gruppen ab drei Personen, auch als Inhouse-Schulung.'] } },
  { id: 'weld-staff-trier', kind: 'skills_offer', place: 'trier', organisation: { name: 'Montage Mosel Personal', kind: 'company', nace: ['N78.10'] }, occupations: ['esco:7212.3'],
    text: { de: ['Schweißer zur Arbeitnehmerüberlassung verfügbar', 'Zwei zertifizierte Schweißer ab Juni frei, Einsätze in der Großregion möglich.'] } },
  { id: 'weld-staff-liege', kind: 'skills_offer', place: 'liege', organisation: { name: 'Metaalwerken Maas', nace: ['C25.11'] }, occupations: ['esco:7212.3'],
    text: { nl: ['Lassers beschikbaar voor detachering', 'Door een lagere orderinstroom kunnen wij drie lassers tijdelijk ter beschikking stellen.'] } },
  { id: 'weld-inspection-course', kind: 'training_offer', place: 'luxembourg', organisation: { name: 'Quality Academy Luxembourg', kind: 'training', nace: ['P85.59'] }, occupations: ['esco:7212.4'], skills: [INSPECT],
    text: { en: ['Welding inspection course (IWI)', 'International welding inspector course for quality staff, three weeks.'] } },
  { id: 'weld-job-arlon', kind: 'recruitment', place: 'arlon', organisation: { name: 'Charpentes métalliques de la Semois', nace: ['C25.11'] }, occupations: ['esco:7212.3'],
    text: { fr: ['Trois soudeurs en CDI', 'Atelier de charpente métallique, soudure semi-automatique et TIG, horaire de jour.'] } },
  { id: 'weld-job-trier', kind: 'recruitment', place: 'trier', organisation: { name: 'Kesselbau Trier', nace: ['C25.22'] }, occupations: ['rome:H2913'],
    text: { de: ['Schweißer (m/w/d) in Vollzeit', 'Wir suchen Verstärkung für die Fertigung von Druckbehältern.'] } },
  { id: 'weld-training-need-haguenau', kind: 'training_need', place: 'haguenau', organisation: { name: 'Équipements ferroviaires d’Alsace du Nord', nace: ['C30.20'] }, skills: [TIG],
    text: { fr: ['Former six opérateurs au soudage TIG', 'Montée en compétence de l’équipe de nuit sur l’inox, au premier semestre.'] } },
  { id: 'pipe-welders-lux', kind: 'recruitment', place: 'luxembourg', organisation: { name: 'Plant Services Luxembourg', nace: ['C33.12'] }, occupations: ['esco:7212.3.3'],
    text: { en: ['Pipe welders for a plant shutdown', 'Four pipe welders for six weeks in September, night shifts possible.'] } },

  // Other trades, the neighbours that must not crowd out the right answers.
  { id: 'paint-training', kind: 'training_offer', place: 'nancy', organisation: { name: 'AFPI Lorraine Sud', kind: 'training', nace: ['P85.59'] }, occupations: ['rome:H3404'], skills: [PAINT],
    text: { fr: ['Formation peintre industriel', 'Préparation de surface, application au pistolet, contrôle des épaisseurs.'] } },
  { id: 'forklift-training-de', kind: 'training_offer', place: 'trier', organisation: { name: 'Bildungszentrum Trier-Saarburg', kind: 'training', nace: ['P85.59'] }, occupations: ['esco:8344.1'], skills: [FORK],
    text: { de: ['Gabelstaplerschein in zwei Tagen', 'Theorie und Praxis nach DGUV, für Betriebe auch vor Ort.'] } },
  { id: 'forklift-training-fr', kind: 'training_offer', place: 'libramont', organisation: { name: 'Centre de formation logistique Ardenne', kind: 'training', nace: ['P85.59'] }, occupations: ['esco:8344.1'], skills: [FORK],
    text: { fr: ['Formation cariste et brevet chariot élévateur', 'Trois jours, sessions mensuelles à Libramont.'] } },
  { id: 'forklift-training-en', kind: 'training_offer', place: 'luxembourg', organisation: { name: 'Logistics Skills Luxembourg', kind: 'training', nace: ['P85.59'] }, skills: [FORK],
    text: { en: ['Forklift licence course', 'Two-day course for warehouse staff, in English, French or German.'] } },
  { id: 'forklift-staff-de', kind: 'skills_offer', place: 'saarbruecken', organisation: { name: 'Logistikpark Saar', nace: ['H52.10'] }, occupations: ['esco:8344.1'],
    text: { de: ['Staplerfahrer verfügbar', 'Drei erfahrene Staplerfahrer können für die Hochsaison ausgeliehen werden.'] } },
  { id: 'forklift-need-liege', kind: 'recruitment', place: 'liege', organisation: { name: 'Distributiecentrum Luik', nace: ['H52.10'] }, occupations: ['esco:8344.1'],
    text: { nl: ['Heftruckchauffeurs gezocht', 'Twee heftruckchauffeurs voor ons distributiecentrum, ploegensysteem.'] } },
  { id: 'forklift-job-arlon', kind: 'recruitment', place: 'arlon', organisation: { name: 'Entrepôts du Sud-Luxembourg', nace: ['H52.10'] }, occupations: ['esco:8344.1'],
    text: { fr: ['Cariste en CDI', 'Préparation de commandes et chargement des camions, permis cariste souhaité.'] } },
  { id: 'electrician-staff', kind: 'skills_offer', place: 'haguenau', organisation: { name: 'Électricité industrielle de la Moder', nace: ['C33.14'] }, occupations: ['esco:7411.1.1.2'],
    text: { fr: ['Électricien industriel disponible', 'Un électricien de maintenance disponible deux jours par semaine.'] } },
  { id: 'baker-job', kind: 'recruitment', place: 'bastogne', organisation: { name: 'Boulangerie des Ardennes', nace: ['C10.71'] }, occupations: ['esco:7512.1'],
    text: { fr: ['Boulanger de nuit', 'Boulangerie artisanale, fournée de nuit, CDI.'] } },
  { id: 'baker-job-de', kind: 'recruitment', place: 'trier', organisation: { name: 'Backhaus Eifel', nace: ['C10.71'] }, occupations: ['esco:7512.1'],
    text: { de: ['Bäcker (m/w/d) gesucht', 'Handwerksbäckerei sucht Bäcker für die Frühschicht.'] } },
  { id: 'baker-training', kind: 'training_offer', place: 'libramont', organisation: { name: 'IFAPME Libramont', kind: 'training', nace: ['P85.59'] }, occupations: ['esco:7512.1'],
    text: { fr: ['Formation de boulanger-pâtissier en alternance', 'Formation de chef d’entreprise boulanger, deux ans, stage en entreprise.'] } },

  // Painting and surface treatment: the paint booth.
  { id: 'booth-sought', kind: 'capacity_sought', place: 'haguenau', organisation: { name: 'Mécanique de précision Sauer', nace: ['C28.41'] }, nace: ['C25.51'],
    text: { fr: ['Cabine de peinture pour pièces de 6 m', 'Nous cherchons une cabine de peinture liquide ou poudre pour des bâtis de 6 m, deux semaines en mai.'] } },
  { id: 'booth-offer-pfalz', kind: 'capacity_offer', place: 'pirmasens', organisation: { name: 'Pulverbeschichtung Südpfalz', nace: ['C25.51'] }, nace: ['C25.51'],
    text: { de: ['Lackierkabine frei – 8 m Länge', 'Pulverbeschichtung und Nasslack, freie Kapazität an zwei Tagen pro Woche.'] } },
  { id: 'booth-offer-haguenau', kind: 'capacity_offer', place: 'haguenau', organisation: { name: 'Alstom-like Matériel roulant', nace: ['C30.20'] }, nace: ['C25.51'],
    text: { fr: ['Cabine de peinture disponible les vendredis', 'Notre cabine de 12 m est sous-utilisée le vendredi : ouverte aux membres de Résilian.'] } },
  { id: 'coating-subcontractor', kind: 'subcontracting_offer', place: 'strasbourg', organisation: { name: 'Coating Rhin', nace: ['C25.51'] }, nace: ['C25.51'],
    text: { en: ['Powder coating subcontracting', 'Powder coating of steel and aluminium parts up to 7 m, RAL colours, ten-day lead time.'] } },
  { id: 'press-brake-offer', kind: 'capacity_offer', place: 'haguenau', organisation: { name: 'Tôlerie de la Zorn', nace: ['C25.99'] }, nace: ['C25.99'],
    text: { fr: ['Presse plieuse 200 t disponible', 'Capacité libre sur notre presse plieuse, opérateur compris.'] } },
  { id: 'cold-room-offer', kind: 'capacity_offer', place: 'bastogne', organisation: { name: 'Salaisons d’Ardenne', nace: ['C10.11'] }, nace: ['C10.11'],
    text: { fr: ['Chambre froide de 40 m² à partager', 'Chambre froide positive disponible à la location au mois.'] } },
  { id: 'storage-offer', kind: 'capacity_offer', place: 'saarbruecken', organisation: { name: 'Lager Saarhafen', nace: ['H52.10'] }, nace: ['H52.10'],
    text: { de: ['Lagerfläche frei', '1 200 Palettenplätze frei ab Juli, mit Staplerservice.'] } },

  // Machining subcontracting.
  { id: 'machining-sought', kind: 'subcontracting_sought', place: 'arlon', organisation: { name: 'Équipements agricoles Gaumais', nace: ['C28.30'] }, nace: ['C25.53'],
    text: { fr: ['Sous-traitant usinage CNC de pièces inox', 'Séries de 500 pièces tournées et fraisées en inox 316L, livraison mensuelle.'] } },
  { id: 'machining-offer-trier', kind: 'subcontracting_offer', place: 'trier', organisation: { name: 'Präzisionsteile Mosel', nace: ['C25.53'] }, nace: ['C25.53'], occupations: ['esco:7223.4'], skills: [CNC],
    text: { de: ['Lohnfertigung CNC-Drehen und Fräsen', 'Serien von 50 bis 5 000 Teilen in Stahl, Edelstahl und Aluminium.'] } },
  { id: 'machining-offer-liege', kind: 'subcontracting_offer', place: 'liege', organisation: { name: 'Usinage Mosan', nace: ['C25.53'] }, nace: ['C25.53'],
    text: { fr: ['Usinage de précision 5 axes', 'Pièces complexes unitaires ou en petites séries, contrôle tridimensionnel.'] } },
  { id: 'machining-capacity-nl', kind: 'capacity_offer', place: 'liege', organisation: { name: 'Fijnmechanica Visé', nace: ['C25.53'] }, nace: ['C25.53'],
    text: { nl: ['Vrije capaciteit op CNC-freesmachine', 'Onze 5-assige freesmachine heeft nog 60 uur per maand vrij.'] } },
  { id: 'laser-offer', kind: 'subcontracting_offer', place: 'longwy', organisation: { name: 'Découpe laser Lorraine', nace: ['C25.99'] }, nace: ['C25.99'],
    text: { fr: ['Découpe laser de tôle', 'Découpe laser fibre jusqu’à 20 mm d’acier, pliage possible.'] } },
  { id: 'print-offer', kind: 'subcontracting_offer', place: 'arlon', organisation: { name: 'Imprimerie du Sud', nace: ['C18.12'] }, nace: ['C18.12'],
    text: { fr: ['Impression offset et numérique', 'Brochures, catalogues et emballages, courtes séries.'] } },

  // Food: hygiene training, responsible purchasing.
  { id: 'haccp-need', kind: 'training_need', place: 'bastogne', organisation: { name: 'Fromagerie de l’Ourthe', nace: ['C10.51'] }, skills: [HACCP],
    text: { fr: ['Formation HACCP pour huit personnes de production', 'Mise à niveau de l’équipe avant l’audit IFS de septembre.'] } },
  { id: 'haccp-training-de', kind: 'training_offer', place: 'trier', organisation: { name: 'Lebensmittelakademie Eifel-Mosel', kind: 'training', nace: ['P85.59'] }, skills: [HACCP],
    text: { de: ['HACCP-Schulung für Lebensmittelbetriebe', 'Eintägige Schulung mit Zertifikat, auch auf Französisch.'] } },
  { id: 'haccp-training-fr', kind: 'training_offer', place: 'libramont', organisation: { name: 'Centre de formation agroalimentaire Ardenne', kind: 'training', nace: ['P85.59'] }, skills: [HACCP], occupations: ['esco:8160.34'],
    text: { fr: ['Formation hygiène alimentaire et HACCP', 'Deux jours, en entreprise ou au centre, attestation remise.'] } },
  { id: 'excel-training', kind: 'training_offer', place: 'arlon', organisation: { name: 'Bureautique Pro Arlon', kind: 'training', nace: ['P85.59'] },
    text: { fr: ['Excel avancé pour la production', 'Tableaux croisés, macros simples, suivi de production.'] } },
  { id: 'veg-purchase', kind: 'purchase_request', place: 'luxembourg', organisation: { name: 'Cantine solidaire Hollerich', kind: 'sse', nace: ['I56.22'] }, nace: ['A01.13'],
    text: { fr: ['Achat de légumes bio locaux pour la cantine', 'Deux tonnes par mois de légumes de saison, fournisseur de l’économie sociale et solidaire de préférence.'] } },
  { id: 'veg-offer-fr', kind: 'capacity_offer', place: 'longwy', organisation: { name: 'Jardins de Cocagne du Pays-Haut', kind: 'sse', nace: ['A01.13'] }, nace: ['A01.13'],
    text: { fr: ['Légumes bio en circuit court', 'Notre chantier d’insertion maraîcher peut livrer 800 kg de légumes par semaine.'] } },
  { id: 'veg-offer-de', kind: 'subcontracting_offer', place: 'saarbruecken', organisation: { name: 'Solawi Saar eG', kind: 'sse', nace: ['A01.13'] }, nace: ['A01.13'],
    text: { de: ['Biogemüse aus solidarischer Landwirtschaft', 'Wir beliefern Kantinen und Großküchen mit regionalem Gemüse.'] } },
  { id: 'catering-offer', kind: 'subcontracting_offer', place: 'esch', organisation: { name: 'Traiteur solidaire Minett', kind: 'sse', nace: ['I56.21'] }, nace: ['I56.21'],
    text: { fr: ['Traiteur pour vos événements', 'Buffets et plateaux-repas, cuisine de saison.'] } },

  // Problems and collaborations.
  { id: 'scrap-problem', kind: 'problem', place: 'haguenau', organisation: { name: 'Roulements de Haguenau', nace: ['C28.15'] }, skills: [LEAN],
    text: { fr: ['Taux de rebut élevé sur la ligne d’assemblage', 'Nous cherchons une méthode lean pour réduire les rebuts et les changements de série trop longs.'] } },
  { id: 'lean-expert-de', kind: 'skills_offer', place: 'pirmasens', organisation: { name: 'Antriebstechnik Pfalz', nace: ['C28.15'] }, occupations: ['esco:2421.4'], skills: [LEAN],
    text: { de: ['Lean-Experte für Wertstromanalyse', 'Unser Lean-Manager kann für zwei Workshops pro Monat ausgeliehen werden.'] } },
  { id: 'lean-group', kind: 'collaboration', place: 'strasbourg', organisation: { name: 'Club lean Alsace', kind: 'association', nace: ['S94.11'] }, skills: [LEAN],
    text: { fr: ['Groupe d’échange lean entre PME', 'Visites croisées d’ateliers et partage de méthodes lean, une demi-journée par mois.'] } },
  { id: 'scrap-problem-en', kind: 'problem', place: 'saarbruecken', organisation: { name: 'Stamping Saar', nace: ['C25.99'] }, skills: [LEAN],
    text: { en: ['High scrap rate on our press line', 'Looking for peers who reduced scrap and set-up times with lean methods.'] } },
  { id: 'data-scientist', kind: 'skills_offer', place: 'luxembourg', organisation: { name: 'DataLab Kirchberg', nace: ['J62.10'] }, occupations: ['esco:2511.4'],
    text: { fr: ['Data scientist disponible', 'Analyse de données de production et maintenance prédictive, missions courtes.'] } },
  { id: 'energy-purchase-group', kind: 'collaboration', place: 'nancy', organisation: { name: 'Réseau ESS Lorraine', kind: 'association', nace: ['S94.99'] },
    text: { fr: ['Achats groupés d’énergie', 'Groupement d’achat d’électricité verte pour associations et PME.'] } },
  { id: 'heat-problem', kind: 'problem', place: 'saarbruecken', organisation: { name: 'Kunststofftechnik Saar', nace: ['C22.26'] }, occupations: ['esco:3115.1.17'],
    text: { de: ['Energiekosten senken: Wärmepumpe für die Produktionshalle', 'Wer hat Erfahrung mit Großwärmepumpen in der Industrie?'] } },
  { id: 'heat-pump-tech', kind: 'skills_offer', place: 'trier', organisation: { name: 'Kältetechnik Trier', nace: ['C28.25'] }, occupations: ['esco:3115.1.17'],
    text: { de: ['Wärmepumpentechniker für Projekte', 'Planung und Inbetriebnahme von Industrie-Wärmepumpen.'] } },
  { id: 'energy-collab-fr', kind: 'collaboration', place: 'metz', organisation: { name: 'Club efficacité énergétique Moselle', kind: 'association', nace: ['S94.11'] },
    text: { fr: ['Projet mutualisé d’efficacité énergétique', 'Pompes à chaleur industrielles et récupération de chaleur : audit partagé entre PME.'] } },

  // Wood.
  { id: 'timber-sought', kind: 'subcontracting_sought', place: 'trier', organisation: { name: 'Holzhaus Hunsrück', nace: ['F41.00'] }, nace: ['C16.23'],
    text: { de: ['Zimmerei für Vorfertigung von Holzrahmenwänden gesucht', 'Für 40 Einfamilienhäuser pro Jahr suchen wir einen Partner für vorgefertigte Wände.'] } },
  { id: 'timber-offer-fr', kind: 'subcontracting_offer', place: 'bastogne', organisation: { name: 'Ossature bois de l’Ardenne', nace: ['C16.23'] }, nace: ['C16.23'], occupations: ['esco:7115.1'],
    text: { fr: ['Préfabrication de murs à ossature bois', 'Atelier de préfabrication, murs et planchers, transport compris.'] } },
  { id: 'timber-capacity-nl', kind: 'capacity_offer', place: 'liege', organisation: { name: 'Houtskeletbouw Oostkantons', nace: ['C16.23'] }, nace: ['C16.23'],
    text: { nl: ['Vrije capaciteit houtskeletbouw', 'Onze prefab-hal heeft in het najaar ruimte voor extra wandelementen.'] } },
  { id: 'sawmill-offer', kind: 'capacity_offer', place: 'libramont', organisation: { name: 'Scierie de la Lesse', nace: ['C16.11'] }, nace: ['C16.11'],
    text: { fr: ['Sciage à façon de résineux', 'Capacité de sciage disponible pour grumes d’épicéa et de douglas.'] } },

  // Digital.
  { id: 'dev-need', kind: 'recruitment', place: 'luxembourg', organisation: { name: 'Steel Software Luxembourg', nace: ['J62.10'] }, occupations: ['esco:2512.4'],
    text: { en: ['Software developer (Java) for our MES', 'Permanent position, manufacturing execution systems, French or German appreciated.'] } },
  { id: 'dev-training', kind: 'training_offer', place: 'nancy', organisation: { name: 'École du numérique Lorraine', kind: 'training', nace: ['P85.59'] }, occupations: ['esco:2512.4'],
    text: { fr: ['Reconversion développeur web et logiciel', 'Formation intensive de six mois, stage de deux mois en entreprise.'] } },
  { id: 'dev-staff-de', kind: 'skills_offer', place: 'saarbruecken', organisation: { name: 'Saar IT Solutions', nace: ['J62.10'] }, occupations: ['esco:2512.4'],
    text: { de: ['Softwareentwickler für Projekteinsätze', 'Zwei Java-Entwickler ab sofort für Kundenprojekte verfügbar.'] } },
];

export const labelledQueries: LabelledQuery[] = [
  { post: 'weld-need-esch', relevant: ['weld-training-longwy', 'weld-training-arlon', 'weld-training-saar', 'weld-staff-trier', 'weld-staff-liege'] },
  { post: 'weld-training-need-lux', relevant: ['weld-training-longwy', 'weld-training-arlon', 'weld-training-saar'] },
  { post: 'weld-training-longwy', relevant: ['weld-need-esch', 'weld-training-need-lux', 'weld-job-arlon', 'weld-job-trier', 'weld-training-need-haguenau'] },
  { post: 'weld-training-saar', relevant: ['weld-need-esch', 'weld-training-need-lux', 'weld-job-arlon', 'weld-job-trier', 'weld-training-need-haguenau'] },
  { post: 'weld-staff-liege', relevant: ['weld-need-esch', 'weld-job-arlon', 'weld-job-trier', 'pipe-welders-lux'] },
  { post: 'weld-job-arlon', relevant: ['weld-training-longwy', 'weld-training-arlon', 'weld-training-saar', 'weld-staff-trier', 'weld-staff-liege'] },
  { post: 'weld-training-need-haguenau', relevant: ['weld-training-longwy', 'weld-training-saar', 'weld-training-arlon'] },
  { post: 'forklift-need-liege', relevant: ['forklift-training-de', 'forklift-training-fr', 'forklift-training-en', 'forklift-staff-de'] },
  { post: 'forklift-job-arlon', relevant: ['forklift-training-de', 'forklift-training-fr', 'forklift-training-en', 'forklift-staff-de'] },
  { post: 'forklift-training-en', relevant: ['forklift-need-liege', 'forklift-job-arlon'] },
  { post: 'baker-training', relevant: ['baker-job', 'baker-job-de'] },
  { post: 'booth-sought', relevant: ['booth-offer-pfalz', 'booth-offer-haguenau', 'coating-subcontractor'] },
  { post: 'booth-offer-pfalz', relevant: ['booth-sought'] },
  { post: 'machining-sought', relevant: ['machining-offer-trier', 'machining-offer-liege', 'machining-capacity-nl'] },
  { post: 'haccp-need', relevant: ['haccp-training-de', 'haccp-training-fr'] },
  { post: 'veg-purchase', relevant: ['veg-offer-fr', 'veg-offer-de'] },
  { post: 'scrap-problem', relevant: ['lean-expert-de', 'lean-group', 'scrap-problem-en'] },
  { post: 'scrap-problem-en', relevant: ['lean-expert-de', 'lean-group', 'scrap-problem'] },
  { post: 'heat-problem', relevant: ['heat-pump-tech', 'energy-collab-fr'] },
  { post: 'timber-sought', relevant: ['timber-offer-fr', 'timber-capacity-nl'] },
  { post: 'dev-need', relevant: ['dev-training', 'dev-staff-de'] },
  { post: 'dev-training', relevant: ['dev-need'] },
];

/** Precision at k of one ranking: the share of the first k that are relevant (k in the denominator, as usual). */
export function precisionAt(k: number, ranked: readonly string[], relevant: readonly string[]): number {
  const set = new Set(relevant);
  return ranked.slice(0, k).filter((id) => set.has(id)).length / k;
}

/** The best precision at k a perfect ranking could reach (fewer than k relevant posts cap it). */
export const idealPrecisionAt = (k: number, relevant: readonly string[]) => Math.min(k, relevant.length) / k;
