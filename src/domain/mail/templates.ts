import type { Locale } from '../../db/schema';

/** E-mails the platform sends, in each interface language. `{name}` placeholders are filled by `renderMail`. */
const templates = {
  'password-reset': {
    fr: { subject: 'Réinitialisation de votre mot de passe Maillage', body: 'Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable {hours} heures) :\n{link}\n\nSi vous n’avez rien demandé, ignorez ce message.' },
    de: { subject: 'Zurücksetzen Ihres Maillage-Passworts', body: 'Guten Tag,\n\nUm ein neues Passwort zu wählen, öffnen Sie diesen Link (gültig {hours} Stunden):\n{link}\n\nWenn Sie nichts angefordert haben, ignorieren Sie diese Nachricht.' },
    en: { subject: 'Reset your Maillage password', body: 'Hello,\n\nTo choose a new password, open this link (valid for {hours} hours):\n{link}\n\nIf you did not ask for this, ignore this message.' },
    nl: { subject: 'Uw Maillage-wachtwoord opnieuw instellen', body: 'Goedendag,\n\nOpen deze link om een nieuw wachtwoord te kiezen ({hours} uur geldig):\n{link}\n\nAls u niets hebt aangevraagd, negeer dan dit bericht.' },
  },
  invitation: {
    fr: { subject: 'Invitation à rejoindre {network} sur Maillage', body: 'Bonjour,\n\n{inviter} vous invite à rejoindre le réseau {network} sur Maillage.\nPour accepter, ouvrez ce lien (valable {days} jours) :\n{link}' },
    de: { subject: 'Einladung zum Netzwerk {network} auf Maillage', body: 'Guten Tag,\n\n{inviter} lädt Sie in das Netzwerk {network} auf Maillage ein.\nZum Annehmen öffnen Sie diesen Link (gültig {days} Tage):\n{link}' },
    en: { subject: 'Invitation to join {network} on Maillage', body: 'Hello,\n\n{inviter} invites you to join the network {network} on Maillage.\nTo accept, open this link (valid for {days} days):\n{link}' },
    nl: { subject: 'Uitnodiging voor {network} op Maillage', body: 'Goedendag,\n\n{inviter} nodigt u uit voor het netwerk {network} op Maillage.\nOpen deze link om te aanvaarden ({days} dagen geldig):\n{link}' },
  },
} satisfies Record<string, Record<Locale, { subject: string; body: string }>>;

export type MailTemplate = keyof typeof templates;

export function renderMail(template: MailTemplate, locale: Locale, values: Record<string, string | number>) {
  const t = templates[template][locale];
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
  return { subject: fill(t.subject), text: fill(t.body) };
}
