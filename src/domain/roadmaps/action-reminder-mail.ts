import type { Locale } from '../../db/schema';

type Stage = 'soon' | 'overdue';

/** The reminder an action item's owner receives, in their language; {placeholders} filled by `renderActionReminder`. */
const templates: Record<Stage, Record<Locale, { subject: string; body: string }>> = {
  soon: {
    fr: { subject: 'Action à rendre le {due} : {item}', body: 'Bonjour {name},\n\nLe comité « {meeting} » ({network}) vous a confié cette action, à rendre le {due} :\n\n{item}\n\nQuand elle est faite, marquez-la comme faite : {link}' },
    de: { subject: 'Aufgabe fällig am {due}: {item}', body: 'Guten Tag {name},\n\nDer Ausschuss „{meeting}“ ({network}) hat Ihnen diese Aufgabe übertragen, fällig am {due}:\n\n{item}\n\nWenn sie erledigt ist, markieren Sie sie bitte als erledigt: {link}' },
    en: { subject: 'Action due on {due}: {item}', body: 'Hello {name},\n\nThe committee “{meeting}” ({network}) gave you this action, due on {due}:\n\n{item}\n\nWhen it is done, mark it as done: {link}' },
    nl: { subject: 'Actie te doen tegen {due}: {item}', body: 'Goedendag {name},\n\nHet comité “{meeting}” ({network}) gaf u deze actie, te doen tegen {due}:\n\n{item}\n\nAls ze klaar is, markeer ze dan als gedaan: {link}' },
  },
  overdue: {
    fr: { subject: 'Action en retard : {item}', body: 'Bonjour {name},\n\nL’action que vous a confiée le comité « {meeting} » ({network}) devait être rendue le {due} :\n\n{item}\n\nElle sera à l’ordre du jour de la prochaine réunion. Si elle est faite, marquez-la comme faite : {link}' },
    de: { subject: 'Aufgabe überfällig: {item}', body: 'Guten Tag {name},\n\nDie Aufgabe, die Ihnen der Ausschuss „{meeting}“ ({network}) übertragen hat, war am {due} fällig:\n\n{item}\n\nSie steht auf der Tagesordnung der nächsten Sitzung. Wenn sie erledigt ist, markieren Sie sie bitte: {link}' },
    en: { subject: 'Action overdue: {item}', body: 'Hello {name},\n\nThe action the committee “{meeting}” ({network}) gave you was due on {due}:\n\n{item}\n\nIt will be on the agenda of the next meeting. If it is done, mark it as done: {link}' },
    nl: { subject: 'Actie te laat: {item}', body: 'Goedendag {name},\n\nDe actie die het comité “{meeting}” ({network}) u gaf, moest klaar zijn op {due}:\n\n{item}\n\nZe staat op de agenda van de volgende vergadering. Is ze klaar, markeer ze dan als gedaan: {link}' },
  },
};

export function renderActionReminder(stage: Stage, locale: Locale, values: Record<'name' | 'meeting' | 'network' | 'due' | 'item' | 'link', string>) {
  const t = templates[stage][locale];
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key as keyof typeof values] ?? '');
  const short = values.item.length > 60 ? `${values.item.slice(0, 57)}…` : values.item;
  return { subject: fill(t.subject.replace('{item}', short)), text: fill(t.body) };
}
