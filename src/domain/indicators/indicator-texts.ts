import type { Locale } from '../../db/schema';
import type { IndicatorId } from './indicator-sql';

type Text = Record<Locale, string>;

/** Name and counting rule of each indicator in the four languages: the dashboard, the drill-down and the reports show them. */
export const indicatorTexts: Record<IndicatorId, { label: Text; rule: Text }> = {
  members: {
    label: { fr: 'Membres', de: 'Mitglieder', en: 'Members', nl: 'Leden' },
    rule: {
      fr: 'Organisations membres à la fin de la période, chacune une fois même si elle est dans plusieurs réseaux.',
      de: 'Mitgliedsorganisationen am Ende des Zeitraums, jede einmal, auch wenn sie mehreren Netzwerken angehört.',
      en: 'Member organisations at the end of the period, each once even when it belongs to several networks.',
      nl: 'Lidorganisaties aan het einde van de periode, elk één keer, ook als ze tot meerdere netwerken behoren.',
    },
  },
  new_members: {
    label: { fr: 'Nouveaux membres', de: 'Neue Mitglieder', en: 'New members', nl: 'Nieuwe leden' },
    rule: {
      fr: 'Organisations dont la première adhésion tombe dans la période.',
      de: 'Organisationen, deren erster Beitritt in den Zeitraum fällt.',
      en: 'Organisations whose first membership falls in the period.',
      nl: 'Organisaties waarvan de eerste toetreding in de periode valt.',
    },
  },
  active_members: {
    label: { fr: 'Membres actifs', de: 'Aktive Mitglieder', en: 'Active members', nl: 'Actieve leden' },
    rule: {
      fr: 'Membres qui ont pris part à quelque chose : présence à un événement, rendez-vous tenu, réservation, taskforce, annonce ou marque d’intérêt, avis sur la feuille de route.',
      de: 'Mitglieder, die an etwas teilgenommen haben: Anwesenheit bei einer Veranstaltung, geführtes Gespräch, Buchung, Taskforce, Anzeige oder Interessenbekundung, Beitrag zum Fahrplan.',
      en: 'Members that took part in something: attended an event, held a meeting, booked or lent a resource, joined a taskforce, posted or answered a post, commented or voted on the roadmap.',
      nl: 'Leden die ergens aan deelnamen: aanwezig op een evenement, gesprek gevoerd, reservering, taskforce, zoekertje of interesse, reactie op de routekaart.',
    },
  },
  events: {
    label: { fr: 'Événements tenus', de: 'Durchgeführte Veranstaltungen', en: 'Events held', nl: 'Gehouden evenementen' },
    rule: {
      fr: 'Événements publiés, commencés dans la période et terminés.',
      de: 'Veröffentlichte Veranstaltungen, die im Zeitraum begonnen haben und vorbei sind.',
      en: 'Published events that started in the period and are over.',
      nl: 'Gepubliceerde evenementen die in de periode begonnen en voorbij zijn.',
    },
  },
  participations: {
    label: { fr: 'Participations', de: 'Teilnahmen', en: 'Participations', nl: 'Deelnames' },
    rule: {
      fr: 'Présences constatées (accueil ou pointage) aux événements tenus ; une personne à deux événements compte deux fois.',
      de: 'Festgestellte Anwesenheiten (Check-in oder Liste) bei durchgeführten Veranstaltungen; eine Person bei zwei Veranstaltungen zählt zweimal.',
      en: 'Recorded attendances (check-in or list) at events held; one person at two events counts twice.',
      nl: 'Vastgestelde aanwezigheden (check-in of lijst) op gehouden evenementen; één persoon op twee evenementen telt twee keer.',
    },
  },
  meetings_held: {
    label: { fr: 'Rendez-vous d’affaires tenus', de: 'Geführte Geschäftsgespräche', en: 'Business meetings held', nl: 'Gevoerde zakengesprekken' },
    rule: {
      fr: 'Rendez-vous individuels marqués « tenus » lors des conventions d’affaires tenues dans la période.',
      de: 'Einzelgespräche, die bei Kooperationsbörsen des Zeitraums als „geführt“ markiert wurden.',
      en: 'One-to-one meetings marked held at the business conventions held in the period.',
      nl: 'Eén-op-ééngesprekken die als gevoerd zijn gemarkeerd op de zakenconventies van de periode.',
    },
  },
  meeting_agreements: {
    label: { fr: 'Rendez-vous conclus par un accord', de: 'Gespräche mit Vereinbarung', en: 'Meetings that led to an agreement', nl: 'Gesprekken met een akkoord' },
    rule: {
      fr: 'Rendez-vous tenus dont au moins un participant déclare un accord conclu, à l’événement ou au suivi.',
      de: 'Geführte Gespräche, bei denen mindestens ein Teilnehmer eine Vereinbarung meldet, bei der Veranstaltung oder bei der Nachverfolgung.',
      en: 'Meetings held for which at least one side reports an agreement, at the event or at the follow-up.',
      nl: 'Gevoerde gesprekken waarvoor minstens één deelnemer een akkoord meldt, op het evenement of bij de opvolging.',
    },
  },
  bookings: {
    label: { fr: 'Réservations de moyens partagés', de: 'Buchungen geteilter Mittel', en: 'Bookings of shared means', nl: 'Reserveringen van gedeelde middelen' },
    rule: {
      fr: 'Réservations approuvées d’une ressource proposée dans le réseau, par une autre organisation que son propriétaire, commençant dans la période.',
      de: 'Genehmigte Buchungen einer im Netzwerk angebotenen Ressource durch eine andere Organisation als den Eigentümer, mit Beginn im Zeitraum.',
      en: 'Approved bookings of a resource offered in the network, by another organisation than its owner, starting in the period.',
      nl: 'Goedgekeurde reserveringen van een in het netwerk aangeboden middel door een andere organisatie dan de eigenaar, beginnend in de periode.',
    },
  },
  hours_shared: {
    label: { fr: 'Heures partagées', de: 'Geteilte Stunden', en: 'Hours shared', nl: 'Gedeelde uren' },
    rule: {
      fr: 'Durée de ces réservations en heures, multipliée par le nombre d’unités réservées.',
      de: 'Dauer dieser Buchungen in Stunden, multipliziert mit der Zahl der gebuchten Einheiten.',
      en: 'Duration of those bookings in hours, times the number of units booked.',
      nl: 'Duur van die reserveringen in uren, maal het aantal gereserveerde eenheden.',
    },
  },
  needs_posted: {
    label: { fr: 'Besoins publiés', de: 'Veröffentlichte Bedarfe', en: 'Needs posted', nl: 'Gepubliceerde behoeften' },
    rule: {
      fr: 'Annonces de besoin (capacité, recrutement, formation, sous-traitance, achat, problème) publiées dans le réseau pendant la période.',
      de: 'Bedarfsanzeigen (Kapazität, Personal, Weiterbildung, Zulieferung, Einkauf, Problem), im Zeitraum im Netzwerk veröffentlicht.',
      en: 'Need posts (capacity, recruitment, training, subcontracting, purchase, problem) published in the network in the period.',
      nl: 'Behoeftezoekertjes (capaciteit, aanwerving, opleiding, onderaanneming, aankoop, probleem) in de periode in het netwerk gepubliceerd.',
    },
  },
  needs_fulfilled: {
    label: { fr: 'Besoins satisfaits', de: 'Erfüllte Bedarfe', en: 'Needs fulfilled', nl: 'Vervulde behoeften' },
    rule: {
      fr: 'Annonces de besoin marquées « satisfait » pendant la période.',
      de: 'Bedarfsanzeigen, die im Zeitraum als „erfüllt“ markiert wurden.',
      en: 'Need posts marked fulfilled in the period.',
      nl: 'Behoeftezoekertjes die in de periode als vervuld zijn gemarkeerd.',
    },
  },
  referrals: {
    label: { fr: 'Orientations vers un opérateur', de: 'Weiterleitungen an Partner', en: 'Referrals to an operator', nl: 'Doorverwijzingen naar een operator' },
    rule: {
      fr: 'Besoins de recrutement ou de formation transmis à un opérateur (emploi, formation) pendant la période.',
      de: 'Personal- oder Weiterbildungsbedarfe, die im Zeitraum an einen Partner (Arbeit, Bildung) weitergeleitet wurden.',
      en: 'Recruitment or training needs referred to an operator (employment, training) in the period.',
      nl: 'Wervings- of opleidingsbehoeften die in de periode naar een operator (werk, opleiding) zijn doorverwezen.',
    },
  },
  referrals_filled: {
    label: { fr: 'Postes pourvus', de: 'Besetzte Stellen', en: 'Posts filled', nl: 'Ingevulde vacatures' },
    rule: {
      fr: 'Orientations closes « pourvu » pendant la période.',
      de: 'Weiterleitungen, die im Zeitraum als „besetzt“ abgeschlossen wurden.',
      en: 'Referrals closed as filled in the period.',
      nl: 'Doorverwijzingen die in de periode als ingevuld zijn afgesloten.',
    },
  },
  taskforces_opened: {
    label: { fr: 'Taskforces ouvertes', de: 'Eröffnete Taskforces', en: 'Taskforces opened', nl: 'Geopende taskforces' },
    rule: {
      fr: 'Taskforces et challenges entre pairs créés pendant la période.',
      de: 'Im Zeitraum gegründete Taskforces und Peer-Challenges.',
      en: 'Taskforces and peer challenges created in the period.',
      nl: 'Taskforces en peer challenges die in de periode zijn opgericht.',
    },
  },
  taskforces_closed: {
    label: { fr: 'Taskforces closes', de: 'Abgeschlossene Taskforces', en: 'Taskforces closed', nl: 'Afgesloten taskforces' },
    rule: {
      fr: 'Taskforces clôturées (avec leurs enseignements) pendant la période ; les abandons ne comptent pas.',
      de: 'Im Zeitraum abgeschlossene Taskforces (mit ihren Erkenntnissen); abgebrochene zählen nicht.',
      en: 'Taskforces closed (with their lessons learned) in the period; abandoned ones do not count.',
      nl: 'Taskforces die in de periode zijn afgesloten (met hun lessen); stopgezette tellen niet.',
    },
  },
  rco81: {
    label: {
      fr: 'RCO81 — Participations à des actions conjointes transfrontalières',
      de: 'RCO81 — Teilnahmen an grenzübergreifenden gemeinsamen Maßnahmen',
      en: 'RCO81 — Participations in joint actions across borders',
      nl: 'RCO81 — Deelnames aan gezamenlijke grensoverschrijdende acties',
    },
    rule: {
      fr: 'Présences aux événements non publics organisés par des organisations d’au moins deux pays ; les comités (réunions internes) sont exclus, et un événement public compte en RCO115, jamais ici.',
      de: 'Anwesenheiten bei nicht öffentlichen Veranstaltungen, die Organisationen aus mindestens zwei Ländern organisiert haben; Ausschüsse (interne Sitzungen) sind ausgeschlossen, eine öffentliche Veranstaltung zählt unter RCO115, nie hier.',
      en: 'Attendances at non-public events organised by organisations of at least two countries; committees (internal meetings) are excluded, and a public event counts in RCO115, never here.',
      nl: 'Aanwezigheden op niet-openbare evenementen georganiseerd door organisaties uit minstens twee landen; comités (interne vergaderingen) vallen weg en een openbaar evenement telt in RCO115, nooit hier.',
    },
  },
  rco115: {
    label: {
      fr: 'RCO115 — Événements publics transfrontaliers organisés conjointement',
      de: 'RCO115 — Gemeinsam organisierte grenzüberschreitende öffentliche Veranstaltungen',
      en: 'RCO115 — Jointly organised public events across borders',
      nl: 'RCO115 — Gezamenlijk georganiseerde grensoverschrijdende openbare evenementen',
    },
    rule: {
      fr: 'Événements publics (ouverts à tous et annoncés) tenus, organisés par des organisations d’au moins deux pays ; comités exclus ; leurs participants ne comptent pas en RCO81.',
      de: 'Durchgeführte öffentliche Veranstaltungen (für alle offen und angekündigt), organisiert von Organisationen aus mindestens zwei Ländern; ohne Ausschüsse; ihre Teilnehmenden zählen nicht unter RCO81.',
      en: 'Public events (open to all and advertised) held, organised by organisations of at least two countries; committees excluded; their participants do not count in RCO81.',
      nl: 'Gehouden openbare evenementen (open voor iedereen en aangekondigd), georganiseerd door organisaties uit minstens twee landen; zonder comités; hun deelnemers tellen niet in RCO81.',
    },
  },
  rco87: {
    label: {
      fr: 'RCO87 — Organisations coopérant par-delà les frontières',
      de: 'RCO87 — Grenzübergreifend kooperierende Organisationen',
      en: 'RCO87 — Organisations cooperating across borders',
      nl: 'RCO87 — Grensoverschrijdend samenwerkende organisaties',
    },
    rule: {
      fr: 'Organisations ayant coopéré avec une organisation d’un autre pays : co-organisation d’un événement conjoint, rendez-vous tenu, réservation, taskforce transfrontalière, annonce conclue. Chacune une seule fois, quels que soient les pays et les occasions.',
      de: 'Organisationen, die mit einer Organisation eines anderen Landes kooperiert haben: gemeinsame Veranstaltung, geführtes Gespräch, Buchung, grenzüberschreitende Taskforce, abgeschlossene Anzeige. Jede nur einmal, unabhängig von Ländern und Anlässen.',
      en: 'Organisations that cooperated with an organisation of another country: co-organised a joint event, held a meeting, booked or lent a resource, took part in a cross-border taskforce, concluded a post. Each once, whatever the countries and occasions.',
      nl: 'Organisaties die samenwerkten met een organisatie uit een ander land: gezamenlijk evenement, gevoerd gesprek, reservering, grensoverschrijdende taskforce, afgerond zoekertje. Elk één keer, ongeacht landen en gelegenheden.',
    },
  },
  rco83: {
    label: {
      fr: 'RCO83 — Stratégies et plans d’action élaborés conjointement',
      de: 'RCO83 — Gemeinsam entwickelte Strategien und Aktionspläne',
      en: 'RCO83 — Strategies and action plans jointly developed',
      nl: 'RCO83 — Gezamenlijk ontwikkelde strategieën en actieplannen',
    },
    rule: {
      fr: 'Feuilles de route adoptées dans la période dont les contributeurs (porteurs, commentaires, votes) viennent d’au moins deux pays.',
      de: 'Im Zeitraum verabschiedete Fahrpläne, deren Mitwirkende (Verantwortliche, Kommentare, Stimmen) aus mindestens zwei Ländern kommen.',
      en: 'Roadmaps adopted in the period whose contributors (owners, comments, votes) come from at least two countries.',
      nl: 'In de periode aangenomen routekaarten waarvan de bijdragers (trekkers, reacties, stemmen) uit minstens twee landen komen.',
    },
  },
  rco116: {
    label: {
      fr: 'RCO116 — Solutions élaborées conjointement',
      de: 'RCO116 — Gemeinsam entwickelte Lösungen',
      en: 'RCO116 — Jointly developed solutions',
      nl: 'RCO116 — Gezamenlijk ontwikkelde oplossingen',
    },
    rule: {
      fr: 'Taskforces clôturées dans la période avec au moins un livrable remis, leurs membres venant d’au moins deux pays.',
      de: 'Im Zeitraum abgeschlossene Taskforces mit mindestens einem gelieferten Ergebnis, deren Mitglieder aus mindestens zwei Ländern kommen.',
      en: 'Taskforces closed in the period with at least one delivered deliverable, their members from at least two countries.',
      nl: 'In de periode afgesloten taskforces met minstens één opgeleverd resultaat, met leden uit minstens twee landen.',
    },
  },
  rcr79: {
    label: {
      fr: 'RCR79 — Stratégies et plans d’action conjoints mis en œuvre',
      de: 'RCR79 — Umgesetzte gemeinsame Strategien und Aktionspläne',
      en: 'RCR79 — Joint strategies and action plans taken up',
      nl: 'RCR79 — Uitgevoerde gezamenlijke strategieën en actieplannen',
    },
    rule: {
      fr: 'Feuilles de route conjointes (au sens de RCO83) dont au moins une action adoptée a un résultat réalisé dans la période (événement tenu, taskforce close, réservation faite, poste pourvu, besoin satisfait).',
      de: 'Gemeinsame Fahrpläne (im Sinne von RCO83), bei denen mindestens eine verabschiedete Maßnahme im Zeitraum ein Ergebnis hat (Veranstaltung durchgeführt, Taskforce abgeschlossen, Buchung erfolgt, Stelle besetzt, Bedarf erfüllt).',
      en: 'Joint roadmaps (as in RCO83) with at least one adopted action that got a result in the period (event held, taskforce closed, booking done, post filled, need fulfilled).',
      nl: 'Gezamenlijke routekaarten (zoals in RCO83) met minstens één aangenomen actie die in de periode een resultaat had (evenement gehouden, taskforce afgesloten, reservering gedaan, vacature ingevuld, behoefte vervuld).',
    },
  },
  rcr84: {
    label: {
      fr: 'RCR84 — Organisations coopérant par-delà les frontières après la fin du projet',
      de: 'RCR84 — Organisationen, die nach Projektende grenzübergreifend kooperieren',
      en: 'RCR84 — Organisations cooperating across borders after project completion',
      nl: 'RCR84 — Organisaties die na afloop van het project grensoverschrijdend samenwerken',
    },
    rule: {
      fr: 'Organisations d’une taskforce transfrontalière close qui coopèrent encore avec une organisation d’un autre pays (comme pour RCO87) dans la période, après cette clôture.',
      de: 'Organisationen einer abgeschlossenen grenzüberschreitenden Taskforce, die im Zeitraum nach deren Abschluss weiter mit einer Organisation eines anderen Landes kooperieren (wie bei RCO87).',
      en: 'Organisations of a closed cross-border taskforce that cooperate again with an organisation of another country (as in RCO87) in the period, after that closure.',
      nl: 'Organisaties van een afgesloten grensoverschrijdende taskforce die in de periode, na die afsluiting, opnieuw samenwerken met een organisatie uit een ander land (zoals bij RCO87).',
    },
  },
};
