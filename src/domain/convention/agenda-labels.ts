import type { Locale } from '../../db/schema';
import type { ParticipantRole } from './convention-model';

/** Words printed on the personal agenda (PDF) and in calendar entries, in each interface language. */
export interface AgendaLabels {
  title: string;
  time: string;
  table: string;
  meetingWith: string;
  noMeetings: string;
  notPublished: string;
  break: string;
  languages: string;
  generated: string;
  page: string;
  meetingSummary: string;
  checkIn: string;
  roles: Record<ParticipantRole, string>;
}

export const agendaLabels: Record<Locale, AgendaLabels> = {
  fr: {
    title: 'Agenda personnel des rendez-vous d’affaires',
    time: 'Heure',
    table: 'Table',
    meetingWith: 'Rendez-vous avec',
    noMeetings: 'Aucun rendez-vous planifié pour le moment.',
    notPublished: 'Le planning n’est pas encore publié.',
    break: 'Pause',
    languages: 'Langues : {list}',
    generated: 'Édité le {date}',
    page: 'Page {n} / {total}',
    meetingSummary: 'Rendez-vous : {name}',
    checkIn: 'Accueil : {code}',
    roles: { buyer: 'Acheteur', supplier: 'Fournisseur', subcontractor: 'Sous-traitant', other: 'Autre' },
  },
  de: {
    title: 'Persönlicher Terminplan der Geschäftsgespräche',
    time: 'Uhrzeit',
    table: 'Tisch',
    meetingWith: 'Gespräch mit',
    noMeetings: 'Derzeit sind keine Gespräche geplant.',
    notPublished: 'Der Terminplan ist noch nicht veröffentlicht.',
    break: 'Pause',
    languages: 'Sprachen: {list}',
    generated: 'Erstellt am {date}',
    page: 'Seite {n} / {total}',
    meetingSummary: 'Gespräch: {name}',
    checkIn: 'Empfang: {code}',
    roles: { buyer: 'Einkäufer', supplier: 'Lieferant', subcontractor: 'Zulieferer', other: 'Sonstige' },
  },
  en: {
    title: 'Personal agenda of business meetings',
    time: 'Time',
    table: 'Table',
    meetingWith: 'Meeting with',
    noMeetings: 'No meeting scheduled yet.',
    notPublished: 'The schedule is not published yet.',
    break: 'Break',
    languages: 'Languages: {list}',
    generated: 'Printed on {date}',
    page: 'Page {n} / {total}',
    meetingSummary: 'Meeting: {name}',
    checkIn: 'Check-in: {code}',
    roles: { buyer: 'Buyer', supplier: 'Supplier', subcontractor: 'Subcontractor', other: 'Other' },
  },
  nl: {
    title: 'Persoonlijke agenda van de zakelijke afspraken',
    time: 'Tijd',
    table: 'Tafel',
    meetingWith: 'Afspraak met',
    noMeetings: 'Nog geen afspraken gepland.',
    notPublished: 'De planning is nog niet gepubliceerd.',
    break: 'Pauze',
    languages: 'Talen: {list}',
    generated: 'Afgedrukt op {date}',
    page: 'Pagina {n} / {total}',
    meetingSummary: 'Afspraak: {name}',
    checkIn: 'Onthaal: {code}',
    roles: { buyer: 'Koper', supplier: 'Leverancier', subcontractor: 'Onderaannemer', other: 'Andere' },
  },
};

export const fillLabel = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
