import type { Locale } from '../../db/schema';

type Template = { subject: string; body: string };

/** E-mails of the convention mode in each interface language; `{name}` placeholders are filled by `renderConventionMail`. */
const templates = {
  'request-received': {
    fr: { subject: '{requester} souhaite vous rencontrer à {event}', body: 'Bonjour {name},\n\n{requester} ({organisation}) souhaite un rendez-vous d’affaires avec vous à {event}.\n\n{message}\n\nPour accepter ou décliner :\n{link}' },
    de: { subject: '{requester} möchte Sie bei {event} treffen', body: 'Guten Tag {name},\n\n{requester} ({organisation}) wünscht ein Geschäftsgespräch mit Ihnen bei {event}.\n\n{message}\n\nZum Annehmen oder Ablehnen:\n{link}' },
    en: { subject: '{requester} would like to meet you at {event}', body: 'Hello {name},\n\n{requester} ({organisation}) would like a business meeting with you at {event}.\n\n{message}\n\nTo accept or decline:\n{link}' },
    nl: { subject: '{requester} wil u ontmoeten op {event}', body: 'Goedendag {name},\n\n{requester} ({organisation}) wil een zakelijke afspraak met u op {event}.\n\n{message}\n\nOm te aanvaarden of te weigeren:\n{link}' },
  },
  'request-accepted': {
    fr: { subject: '{other} a accepté votre demande de rendez-vous', body: 'Bonjour {name},\n\n{other} ({organisation}) a accepté de vous rencontrer à {event}. L’heure et la table seront dans votre agenda dès la publication du planning.\n\n{message}\n\n{link}' },
    de: { subject: '{other} hat Ihre Gesprächsanfrage angenommen', body: 'Guten Tag {name},\n\n{other} ({organisation}) trifft Sie gerne bei {event}. Uhrzeit und Tisch stehen in Ihrem Terminplan, sobald er veröffentlicht ist.\n\n{message}\n\n{link}' },
    en: { subject: '{other} accepted your meeting request', body: 'Hello {name},\n\n{other} ({organisation}) agreed to meet you at {event}. The time and table will be in your agenda once the schedule is published.\n\n{message}\n\n{link}' },
    nl: { subject: '{other} heeft uw afspraakverzoek aanvaard', body: 'Goedendag {name},\n\n{other} ({organisation}) wil u ontmoeten op {event}. Tijd en tafel staan in uw agenda zodra de planning gepubliceerd is.\n\n{message}\n\n{link}' },
  },
  'request-declined': {
    fr: { subject: 'Votre demande de rendez-vous à {event}', body: 'Bonjour {name},\n\n{other} ({organisation}) ne pourra pas vous rencontrer à {event}.\n\n{message}\n\nD’autres participants pourraient vous intéresser :\n{link}' },
    de: { subject: 'Ihre Gesprächsanfrage bei {event}', body: 'Guten Tag {name},\n\n{other} ({organisation}) kann Sie bei {event} leider nicht treffen.\n\n{message}\n\nAndere Teilnehmende könnten Sie interessieren:\n{link}' },
    en: { subject: 'Your meeting request at {event}', body: 'Hello {name},\n\n{other} ({organisation}) cannot meet you at {event}.\n\n{message}\n\nOther participants may interest you:\n{link}' },
    nl: { subject: 'Uw afspraakverzoek op {event}', body: 'Goedendag {name},\n\n{other} ({organisation}) kan u niet ontmoeten op {event}.\n\n{message}\n\nAndere deelnemers kunnen u interesseren:\n{link}' },
  },
  'meeting-cancelled': {
    fr: { subject: 'Rendez-vous annulé à {event}', body: 'Bonjour {name},\n\nLe rendez-vous avec {other} ({organisation}) à {event} est annulé.\n\nVotre agenda à jour :\n{link}' },
    de: { subject: 'Gespräch bei {event} abgesagt', body: 'Guten Tag {name},\n\nDas Gespräch mit {other} ({organisation}) bei {event} ist abgesagt.\n\nIhr aktueller Terminplan:\n{link}' },
    en: { subject: 'Meeting cancelled at {event}', body: 'Hello {name},\n\nThe meeting with {other} ({organisation}) at {event} is cancelled.\n\nYour updated agenda:\n{link}' },
    nl: { subject: 'Afspraak geannuleerd op {event}', body: 'Goedendag {name},\n\nDe afspraak met {other} ({organisation}) op {event} is geannuleerd.\n\nUw bijgewerkte agenda:\n{link}' },
  },
  'schedule-published': {
    fr: { subject: 'Votre agenda de rendez-vous pour {event}', body: 'Bonjour {name},\n\nLe planning des rendez-vous d’affaires de {event} est publié : vous avez {count} rendez-vous.\n\n{lines}\n\nVotre agenda en ligne :\n{link}\nEn PDF :\n{pdf}' },
    de: { subject: 'Ihr Terminplan für {event}', body: 'Guten Tag {name},\n\nDer Plan der Geschäftsgespräche von {event} ist veröffentlicht: Sie haben {count} Gespräche.\n\n{lines}\n\nIhr Terminplan online:\n{link}\nAls PDF:\n{pdf}' },
    en: { subject: 'Your meeting agenda for {event}', body: 'Hello {name},\n\nThe business meeting schedule of {event} is published: you have {count} meetings.\n\n{lines}\n\nYour agenda online:\n{link}\nAs PDF:\n{pdf}' },
    nl: { subject: 'Uw afsprakenagenda voor {event}', body: 'Goedendag {name},\n\nDe planning van de zakelijke afspraken van {event} is gepubliceerd: u hebt {count} afspraken.\n\n{lines}\n\nUw agenda online:\n{link}\nAls pdf:\n{pdf}' },
  },
  'schedule-changed': {
    fr: { subject: 'Votre agenda pour {event} a changé', body: 'Bonjour {name},\n\nVotre agenda de rendez-vous à {event} a été mis à jour : vous avez {count} rendez-vous.\n\n{lines}\n\nVotre agenda en ligne :\n{link}\nEn PDF :\n{pdf}' },
    de: { subject: 'Ihr Terminplan für {event} hat sich geändert', body: 'Guten Tag {name},\n\nIhr Terminplan bei {event} wurde aktualisiert: Sie haben {count} Gespräche.\n\n{lines}\n\nIhr Terminplan online:\n{link}\nAls PDF:\n{pdf}' },
    en: { subject: 'Your agenda for {event} changed', body: 'Hello {name},\n\nYour meeting agenda at {event} was updated: you have {count} meetings.\n\n{lines}\n\nYour agenda online:\n{link}\nAs PDF:\n{pdf}' },
    nl: { subject: 'Uw agenda voor {event} is gewijzigd', body: 'Goedendag {name},\n\nUw afsprakenagenda op {event} is bijgewerkt: u hebt {count} afspraken.\n\n{lines}\n\nUw agenda online:\n{link}\nAls pdf:\n{pdf}' },
  },
  'followup-reminder': {
    fr: { subject: 'Six mois après {event} : qu’ont donné vos rendez-vous ?', body: 'Bonjour {name},\n\nIl y a environ six mois, vous avez rencontré {count} participants à {event}. Dites-nous en une minute ce que chaque rendez-vous a donné (aucune suite, connaissances acquises, contact utile, négociation engagée, accord conclu) :\n{link}\n\nCes retours aident le réseau à montrer ce que la convention a produit.' },
    de: { subject: 'Sechs Monate nach {event}: Was ist aus Ihren Gesprächen geworden?', body: 'Guten Tag {name},\n\nVor etwa sechs Monaten haben Sie {count} Teilnehmende bei {event} getroffen. Sagen Sie uns in einer Minute, was aus jedem Gespräch geworden ist (kein weiterer Kontakt, Wissen gewonnen, wertvoller Kontakt, Verhandlung begonnen, Vereinbarung getroffen):\n{link}\n\nIhre Angaben helfen dem Netzwerk zu zeigen, was die Veranstaltung bewirkt hat.' },
    en: { subject: 'Six months after {event}: what came of your meetings?', body: 'Hello {name},\n\nAbout six months ago you met {count} participants at {event}. Tell us in a minute what came of each meeting (no further contact, knowledge gained, valuable contact, negotiation started, agreement reached):\n{link}\n\nYour answers help the network show what the convention achieved.' },
    nl: { subject: 'Zes maanden na {event}: wat hebben uw afspraken opgeleverd?', body: 'Goedendag {name},\n\nOngeveer zes maanden geleden ontmoette u {count} deelnemers op {event}. Vertel ons in een minuut wat elke afspraak heeft opgeleverd (geen verder contact, kennis opgedaan, waardevol contact, onderhandeling gestart, akkoord bereikt):\n{link}\n\nUw antwoorden helpen het netwerk te tonen wat de convention heeft opgeleverd.' },
  },
} satisfies Record<string, Record<Locale, Template>>;

export type ConventionMail = keyof typeof templates;

export function renderConventionMail(template: ConventionMail, locale: Locale, values: Record<string, string | number>) {
  const t: Template = templates[template][locale];
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
  // An empty optional value (no message) leaves no blank paragraph behind.
  return { subject: fill(t.subject), text: fill(t.body).replace(/\n{3,}/g, '\n\n') };
}

/** Where the web app shows a convention's pages (src/web/features/convention/paths.ts mirrors it). */
export const conventionLink = (baseUrl: string, networkSlug: string, eventId: string, tab?: string) =>
  `${baseUrl}/n/${encodeURIComponent(networkSlug)}/conventions/${eventId}${tab ? `/${tab}` : ''}`;
