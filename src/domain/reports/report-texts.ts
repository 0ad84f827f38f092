import type { Locale } from '../../db/schema';

/** Words of the exported report in the four languages. */
export const reportTexts = {
  fr: {
    colon: ' : ',
    title: 'Réalisations', period: 'Période', from: 'du', to: 'au', generated: 'Généré le', network: 'Réseau', agency: 'Agence',
    indicators: 'Indicateurs', indicator: 'Indicateur', value: 'Valeur', previous: 'Période précédente', rule: 'Règle de comptage',
    groups: { network: 'Réseau', activity: 'Activité', needs: 'Besoins et projets', interreg: 'Indicateurs communs Interreg' },
    evolution: 'Évolution', roadmaps: 'Feuilles de route', axis: 'Axe', objective: 'Objectif', action: 'Action', owner: 'Porteur', due: 'Échéance',
    planned: 'Prévu', done: 'Réalisé', state: 'État', progress: 'Avancement',
    states: { not_started: 'Pas commencée', in_progress: 'En cours', done: 'Réalisée', late: 'En retard', dropped: 'Abandonnée' },
    graph: 'Le réseau des relations', metrics: { nodes: 'Organisations', ties: 'Relations', density: 'Densité', newTies: 'Nouvelles relations', crossBorderTies: 'Relations transfrontalières', isolatedMembers: 'Membres isolés', largestComponent: 'Plus grand groupe connecté' },
    brokers: 'Passeurs (intermédiarité)', organisation: 'Organisation', country: 'Pays', betweenness: 'Intermédiarité', degree: 'Relations',
    highlights: 'Faits marquants', topEvents: 'Événements les plus suivis', participations: 'Participations', date: 'Date', newMembers: 'Nouveaux membres',
    records: 'Détail', kind: 'Type', detail: 'Précision', none: 'Aucun', sheetIndicators: 'Indicateurs', sheetEvolution: 'Évolution', sheetRoadmaps: 'Feuilles de route', sheetGraph: 'Réseau', sheetInterreg: 'Détail Interreg',
  },
  de: {
    colon: ': ',
    title: 'Ergebnisse', period: 'Zeitraum', from: 'vom', to: 'bis', generated: 'Erstellt am', network: 'Netzwerk', agency: 'Agentur',
    indicators: 'Indikatoren', indicator: 'Indikator', value: 'Wert', previous: 'Vorheriger Zeitraum', rule: 'Zählregel',
    groups: { network: 'Netzwerk', activity: 'Aktivität', needs: 'Bedarfe und Projekte', interreg: 'Gemeinsame Interreg-Indikatoren' },
    evolution: 'Entwicklung', roadmaps: 'Fahrpläne', axis: 'Achse', objective: 'Ziel', action: 'Maßnahme', owner: 'Verantwortlich', due: 'Frist',
    planned: 'Geplant', done: 'Erreicht', state: 'Stand', progress: 'Fortschritt',
    states: { not_started: 'Nicht begonnen', in_progress: 'Laufend', done: 'Erreicht', late: 'Verspätet', dropped: 'Aufgegeben' },
    graph: 'Das Beziehungsnetz', metrics: { nodes: 'Organisationen', ties: 'Beziehungen', density: 'Dichte', newTies: 'Neue Beziehungen', crossBorderTies: 'Grenzüberschreitende Beziehungen', isolatedMembers: 'Isolierte Mitglieder', largestComponent: 'Größte verbundene Gruppe' },
    brokers: 'Brückenbauer (Zwischenzentralität)', organisation: 'Organisation', country: 'Land', betweenness: 'Zwischenzentralität', degree: 'Beziehungen',
    highlights: 'Höhepunkte', topEvents: 'Meistbesuchte Veranstaltungen', participations: 'Teilnahmen', date: 'Datum', newMembers: 'Neue Mitglieder',
    records: 'Einzelheiten', kind: 'Art', detail: 'Angabe', none: 'Keine', sheetIndicators: 'Indikatoren', sheetEvolution: 'Entwicklung', sheetRoadmaps: 'Fahrpläne', sheetGraph: 'Netzwerk', sheetInterreg: 'Interreg-Einzelheiten',
  },
  en: {
    colon: ': ',
    title: 'Achievements', period: 'Period', from: 'from', to: 'to', generated: 'Generated on', network: 'Network', agency: 'Agency',
    indicators: 'Indicators', indicator: 'Indicator', value: 'Value', previous: 'Previous period', rule: 'Counting rule',
    groups: { network: 'Network', activity: 'Activity', needs: 'Needs and projects', interreg: 'Interreg common indicators' },
    evolution: 'Over time', roadmaps: 'Roadmaps', axis: 'Axis', objective: 'Objective', action: 'Action', owner: 'Owner', due: 'Due',
    planned: 'Planned', done: 'Done', state: 'State', progress: 'Progress',
    states: { not_started: 'Not started', in_progress: 'In progress', done: 'Done', late: 'Late', dropped: 'Dropped' },
    graph: 'The web of ties', metrics: { nodes: 'Organisations', ties: 'Ties', density: 'Density', newTies: 'New ties', crossBorderTies: 'Cross-border ties', isolatedMembers: 'Isolated members', largestComponent: 'Largest connected group' },
    brokers: 'Brokers (betweenness)', organisation: 'Organisation', country: 'Country', betweenness: 'Betweenness', degree: 'Ties',
    highlights: 'Highlights', topEvents: 'Best-attended events', participations: 'Participations', date: 'Date', newMembers: 'New members',
    records: 'Details', kind: 'Kind', detail: 'Detail', none: 'None', sheetIndicators: 'Indicators', sheetEvolution: 'Over time', sheetRoadmaps: 'Roadmaps', sheetGraph: 'Network', sheetInterreg: 'Interreg details',
  },
  nl: {
    colon: ': ',
    title: 'Realisaties', period: 'Periode', from: 'van', to: 'tot', generated: 'Gemaakt op', network: 'Netwerk', agency: 'Agentschap',
    indicators: 'Indicatoren', indicator: 'Indicator', value: 'Waarde', previous: 'Vorige periode', rule: 'Telregel',
    groups: { network: 'Netwerk', activity: 'Activiteit', needs: 'Behoeften en projecten', interreg: 'Gemeenschappelijke Interreg-indicatoren' },
    evolution: 'Verloop', roadmaps: 'Routekaarten', axis: 'As', objective: 'Doelstelling', action: 'Actie', owner: 'Trekker', due: 'Deadline',
    planned: 'Gepland', done: 'Gerealiseerd', state: 'Stand', progress: 'Voortgang',
    states: { not_started: 'Niet begonnen', in_progress: 'Lopend', done: 'Gerealiseerd', late: 'Te laat', dropped: 'Stopgezet' },
    graph: 'Het netwerk van relaties', metrics: { nodes: 'Organisaties', ties: 'Relaties', density: 'Dichtheid', newTies: 'Nieuwe relaties', crossBorderTies: 'Grensoverschrijdende relaties', isolatedMembers: 'Geïsoleerde leden', largestComponent: 'Grootste verbonden groep' },
    brokers: 'Bruggenbouwers (tussenpositie)', organisation: 'Organisatie', country: 'Land', betweenness: 'Tussenpositie', degree: 'Relaties',
    highlights: 'Hoogtepunten', topEvents: 'Best bezochte evenementen', participations: 'Deelnames', date: 'Datum', newMembers: 'Nieuwe leden',
    records: 'Details', kind: 'Soort', detail: 'Toelichting', none: 'Geen', sheetIndicators: 'Indicatoren', sheetEvolution: 'Verloop', sheetRoadmaps: 'Routekaarten', sheetGraph: 'Netwerk', sheetInterreg: 'Interreg-details',
  },
} as const satisfies Record<Locale, unknown>;

export type ReportTexts = (typeof reportTexts)[Locale];
