import type { Locale } from '../../db/schema';

/**
 * E-mails of needs and offers, GANESH referrals and taskforces, in the four interface languages. `{name}`
 * placeholders are filled by `renderNeedsMail`.
 */
export const needsMailTemplates = {
  'referral-sent': {
    fr: { subject: 'Nouveau besoin orienté vers {operator} : {title}', body: 'Bonjour {name},\n\n{network} oriente vers {operator} un besoin de {company} ({place}) :\n\n{title}\n{summary}\n\nMerci d’en accuser réception avant le {due}, puis de proposer des candidats ou une formation.\nLe besoin et son suivi : {link}' },
    de: { subject: 'Neuer Bedarf für {operator}: {title}', body: 'Guten Tag {name},\n\n{network} leitet einen Bedarf von {company} ({place}) an {operator} weiter:\n\n{title}\n{summary}\n\nBitte bestätigen Sie den Eingang bis {due} und schlagen Sie dann Bewerber oder eine Weiterbildung vor.\nBedarf und Verlauf: {link}' },
    en: { subject: 'New need referred to {operator}: {title}', body: 'Hello {name},\n\n{network} refers a need of {company} ({place}) to {operator}:\n\n{title}\n{summary}\n\nPlease acknowledge it by {due}, then propose candidates or a training.\nThe need and its follow-up: {link}' },
    nl: { subject: 'Nieuwe behoefte doorverwezen naar {operator}: {title}', body: 'Goedendag {name},\n\n{network} verwijst een behoefte van {company} ({place}) door naar {operator}:\n\n{title}\n{summary}\n\nGelieve de ontvangst te bevestigen vóór {due} en daarna kandidaten of een opleiding voor te stellen.\nDe behoefte en de opvolging: {link}' },
  },
  'referral-reminder': {
    fr: { subject: 'Échéance dépassée : {title}', body: 'Bonjour {name},\n\nLe besoin « {title} » de {company}, orienté vers {operator}, attendait l’étape « {step} » pour le {due}.\nMerci de mettre le suivi à jour : {link}' },
    de: { subject: 'Frist überschritten: {title}', body: 'Guten Tag {name},\n\nDer Bedarf „{title}“ von {company}, weitergeleitet an {operator}, wartete bis {due} auf den Schritt „{step}“.\nBitte aktualisieren Sie den Verlauf: {link}' },
    en: { subject: 'Deadline passed: {title}', body: 'Hello {name},\n\nThe need “{title}” of {company}, referred to {operator}, was due to reach the step “{step}” by {due}.\nPlease update its follow-up: {link}' },
    nl: { subject: 'Termijn verstreken: {title}', body: 'Goedendag {name},\n\nDe behoefte “{title}” van {company}, doorverwezen naar {operator}, moest de stap “{step}” bereiken tegen {due}.\nGelieve de opvolging bij te werken: {link}' },
  },
  'referral-status': {
    fr: { subject: '{operator} : {step} — {title}', body: 'Bonjour {name},\n\nLe suivi de votre besoin « {title} » avance : {operator} indique « {step} ».\n{note}\n\nLe besoin et son suivi : {link}' },
    de: { subject: '{operator}: {step} — {title}', body: 'Guten Tag {name},\n\nIhr Bedarf „{title}“ kommt voran: {operator} meldet „{step}“.\n{note}\n\nBedarf und Verlauf: {link}' },
    en: { subject: '{operator}: {step} — {title}', body: 'Hello {name},\n\nYour need “{title}” is moving: {operator} reports “{step}”.\n{note}\n\nThe need and its follow-up: {link}' },
    nl: { subject: '{operator}: {step} — {title}', body: 'Goedendag {name},\n\nUw behoefte “{title}” vordert: {operator} meldt “{step}”.\n{note}\n\nDe behoefte en de opvolging: {link}' },
  },
  'interest-received': {
    fr: { subject: '{company} s’intéresse à « {title} »', body: 'Bonjour {name},\n\n{company} a marqué son intérêt pour votre publication « {title} » :\n\n{message}\n\nRépondez dans la conversation : {link}' },
    de: { subject: '{company} interessiert sich für „{title}“', body: 'Guten Tag {name},\n\n{company} interessiert sich für Ihren Beitrag „{title}“:\n\n{message}\n\nAntworten Sie im Gespräch: {link}' },
    en: { subject: '{company} is interested in “{title}”', body: 'Hello {name},\n\n{company} is interested in your post “{title}”:\n\n{message}\n\nReply in the conversation: {link}' },
    nl: { subject: '{company} toont interesse in “{title}”', body: 'Goedendag {name},\n\n{company} toont interesse in uw bericht “{title}”:\n\n{message}\n\nAntwoord in het gesprek: {link}' },
  },
  'post-expiring': {
    fr: { subject: 'Votre publication expire le {date} : {title}', body: 'Bonjour {name},\n\nVotre publication « {title} » expire le {date}. Ensuite, elle n’apparaîtra plus dans les listes, les suggestions ni le résumé hebdomadaire.\n\nSi elle est toujours d’actualité, prolongez-la de trois mois en un clic : {link}' },
    de: { subject: 'Ihr Beitrag läuft am {date} ab: {title}', body: 'Guten Tag {name},\n\nIhr Beitrag „{title}“ läuft am {date} ab. Danach erscheint er nicht mehr in Listen, Vorschlägen und der Wochenübersicht.\n\nWenn er noch aktuell ist, verlängern Sie ihn mit einem Klick um drei Monate: {link}' },
    en: { subject: 'Your post expires on {date}: {title}', body: 'Hello {name},\n\nYour post “{title}” expires on {date}. After that it no longer appears in lists, suggestions or the weekly digest.\n\nIf it still stands, renew it for three months in one click: {link}' },
    nl: { subject: 'Uw bericht verloopt op {date}: {title}', body: 'Goedendag {name},\n\nUw bericht “{title}” verloopt op {date}. Daarna verschijnt het niet meer in lijsten, suggesties of het wekelijkse overzicht.\n\nAls het nog actueel is, verleng het dan met één klik met drie maanden: {link}' },
  },
  'match-digest': {
    fr: { subject: 'Maillage : nouvelles correspondances pour vos publications ({count})', body: 'Bonjour {name},\n\nDe nouvelles publications et organisations correspondent à ce que vous proposez ou cherchez :\n\n{list}\n\nVoir toutes les suggestions : {link}\n\nVous recevez ce résumé une fois par semaine quand il y a du nouveau. Pour ne plus le recevoir : {unsubscribe}' },
    de: { subject: 'Maillage: neue Treffer für Ihre Beiträge ({count})', body: 'Guten Tag {name},\n\nNeue Beiträge und Organisationen passen zu dem, was Sie anbieten oder suchen:\n\n{list}\n\nAlle Vorschläge: {link}\n\nSie erhalten diese Übersicht einmal pro Woche, wenn es Neues gibt. Abbestellen: {unsubscribe}' },
    en: { subject: 'Maillage: new matches for your posts ({count})', body: 'Hello {name},\n\nNew posts and organisations match what you offer or seek:\n\n{list}\n\nSee every suggestion: {link}\n\nYou receive this digest once a week when there is something new. To stop receiving it: {unsubscribe}' },
    nl: { subject: 'Maillage: nieuwe overeenkomsten voor uw berichten ({count})', body: 'Goedendag {name},\n\nNieuwe berichten en organisaties passen bij wat u aanbiedt of zoekt:\n\n{list}\n\nAlle suggesties: {link}\n\nU ontvangt dit overzicht eens per week wanneer er iets nieuws is. Afmelden: {unsubscribe}' },
  },
} satisfies Record<string, Record<Locale, { subject: string; body: string }>>;

export type NeedsMailTemplate = keyof typeof needsMailTemplates;

/** Words the e-mails need besides their templates: the names of referral steps. */
export const referralStepWords: Record<Locale, Record<'sent' | 'acknowledged' | 'candidates_proposed' | 'filled' | 'closed_unfilled', string>> = {
  fr: { sent: 'envoyé', acknowledged: 'pris en charge', candidates_proposed: 'candidats ou formation proposés', filled: 'pourvu', closed_unfilled: 'clôturé sans suite' },
  de: { sent: 'gesendet', acknowledged: 'übernommen', candidates_proposed: 'Bewerber oder Weiterbildung vorgeschlagen', filled: 'besetzt', closed_unfilled: 'ohne Ergebnis abgeschlossen' },
  en: { sent: 'sent', acknowledged: 'acknowledged', candidates_proposed: 'candidates or training proposed', filled: 'filled', closed_unfilled: 'closed unfilled' },
  nl: { sent: 'verzonden', acknowledged: 'in behandeling', candidates_proposed: 'kandidaten of opleiding voorgesteld', filled: 'ingevuld', closed_unfilled: 'zonder resultaat afgesloten' },
};

export function renderNeedsMail(template: NeedsMailTemplate, locale: Locale, values: Record<string, string | number>) {
  const t = needsMailTemplates[template][locale];
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
  return { subject: fill(t.subject), text: fill(t.body).replace(/\n{3,}/g, '\n\n') };
}
