import type { Locale } from '../../db/schema';

/**
 * The e-mails of the events module in the four interface languages. `{name}` placeholders are filled by
 * `renderEventMail`; the check-in code and its QR image are added by the caller for the mails that carry them.
 */
export const eventMailTemplates = {
  'registration-confirmed': {
    fr: { subject: 'Inscription confirmée : {event}', body: 'Bonjour {name},\n\nVotre inscription à « {event} » ({network}) est confirmée.\n\nQuand : {when}\nOù : {where}\n\nVotre code d’accueil : {code}\nPrésentez le QR code ci-dessous (ou ce code) à l’accueil.\n\nL’événement et votre inscription : {link}\nAjouter à votre agenda : {ics}' },
    de: { subject: 'Anmeldung bestätigt: {event}', body: 'Guten Tag {name},\n\nIhre Anmeldung zu „{event}“ ({network}) ist bestätigt.\n\nWann: {when}\nWo: {where}\n\nIhr Check-in-Code: {code}\nZeigen Sie den QR-Code unten (oder diesen Code) am Empfang.\n\nVeranstaltung und Anmeldung: {link}\nIn Ihren Kalender: {ics}' },
    en: { subject: 'Registration confirmed: {event}', body: 'Hello {name},\n\nYour registration for “{event}” ({network}) is confirmed.\n\nWhen: {when}\nWhere: {where}\n\nYour check-in code: {code}\nShow the QR code below (or this code) at the welcome desk.\n\nThe event and your registration: {link}\nAdd to your calendar: {ics}' },
    nl: { subject: 'Inschrijving bevestigd: {event}', body: 'Goedendag {name},\n\nUw inschrijving voor “{event}” ({network}) is bevestigd.\n\nWanneer: {when}\nWaar: {where}\n\nUw check-incode: {code}\nToon de QR-code hieronder (of deze code) aan het onthaal.\n\nHet evenement en uw inschrijving: {link}\nToevoegen aan uw agenda: {ics}' },
  },
  'registration-waitlisted': {
    fr: { subject: 'Liste d’attente : {event}', body: 'Bonjour {name},\n\n« {event} » ({network}) est complet : vous êtes sur la liste d’attente. Dès qu’une place se libère, elle vous est attribuée automatiquement et vous recevez un e-mail de confirmation.\n\nQuand : {when}\nOù : {where}\n\nVotre inscription : {link}' },
    de: { subject: 'Warteliste: {event}', body: 'Guten Tag {name},\n\n„{event}“ ({network}) ist ausgebucht: Sie stehen auf der Warteliste. Sobald ein Platz frei wird, erhalten Sie ihn automatisch und bekommen eine Bestätigung per E-Mail.\n\nWann: {when}\nWo: {where}\n\nIhre Anmeldung: {link}' },
    en: { subject: 'Waiting list: {event}', body: 'Hello {name},\n\n“{event}” ({network}) is full: you are on the waiting list. As soon as a seat frees up it is given to you automatically and you receive a confirmation e-mail.\n\nWhen: {when}\nWhere: {where}\n\nYour registration: {link}' },
    nl: { subject: 'Wachtlijst: {event}', body: 'Goedendag {name},\n\n“{event}” ({network}) is volzet: u staat op de wachtlijst. Zodra er een plaats vrijkomt, krijgt u die automatisch en ontvangt u een bevestiging per e-mail.\n\nWanneer: {when}\nWaar: {where}\n\nUw inschrijving: {link}' },
  },
  'registration-promoted': {
    fr: { subject: 'Une place s’est libérée : {event}', body: 'Bonjour {name},\n\nUne place s’est libérée : votre inscription à « {event} » ({network}) est maintenant confirmée.\n\nQuand : {when}\nOù : {where}\n\nVotre code d’accueil : {code}\nPrésentez le QR code ci-dessous (ou ce code) à l’accueil.\n\nSi vous ne pouvez plus venir, annulez ici pour libérer la place : {link}' },
    de: { subject: 'Ein Platz ist frei geworden: {event}', body: 'Guten Tag {name},\n\nEin Platz ist frei geworden: Ihre Anmeldung zu „{event}“ ({network}) ist jetzt bestätigt.\n\nWann: {when}\nWo: {where}\n\nIhr Check-in-Code: {code}\nZeigen Sie den QR-Code unten (oder diesen Code) am Empfang.\n\nWenn Sie nicht mehr kommen können, sagen Sie hier ab, um den Platz freizugeben: {link}' },
    en: { subject: 'A seat is yours: {event}', body: 'Hello {name},\n\nA seat has freed up: your registration for “{event}” ({network}) is now confirmed.\n\nWhen: {when}\nWhere: {where}\n\nYour check-in code: {code}\nShow the QR code below (or this code) at the welcome desk.\n\nIf you can no longer come, cancel here to free the seat: {link}' },
    nl: { subject: 'Er is een plaats vrijgekomen: {event}', body: 'Goedendag {name},\n\nEr is een plaats vrijgekomen: uw inschrijving voor “{event}” ({network}) is nu bevestigd.\n\nWanneer: {when}\nWaar: {where}\n\nUw check-incode: {code}\nToon de QR-code hieronder (of deze code) aan het onthaal.\n\nKunt u niet meer komen, annuleer dan hier om de plaats vrij te geven: {link}' },
  },
  'activity-promoted': {
    fr: { subject: 'Une place s’est libérée : {session}', body: 'Bonjour {name},\n\nUne place s’est libérée dans « {session} », pendant « {event} » ({network}) : vous y êtes maintenant inscrit·e.\n\nQuand : {sessionWhen}\n{sessionRoom}\n\nSi vous ne pouvez plus y participer, quittez la session pour libérer la place : {link}' },
    de: { subject: 'Ein Platz ist frei geworden: {session}', body: 'Guten Tag {name},\n\nIn „{session}“ bei „{event}“ ({network}) ist ein Platz frei geworden: Sie sind jetzt dabei.\n\nWann: {sessionWhen}\n{sessionRoom}\n\nWenn Sie nicht mehr teilnehmen können, verlassen Sie die Sitzung, um den Platz freizugeben: {link}' },
    en: { subject: 'A seat is yours: {session}', body: 'Hello {name},\n\nA seat has freed up in “{session}” at “{event}” ({network}): you are now signed up.\n\nWhen: {sessionWhen}\n{sessionRoom}\n\nIf you can no longer take part, leave the session to free the seat: {link}' },
    nl: { subject: 'Er is een plaats vrijgekomen: {session}', body: 'Goedendag {name},\n\nIn “{session}” tijdens “{event}” ({network}) is een plaats vrijgekomen: u bent nu ingeschreven.\n\nWanneer: {sessionWhen}\n{sessionRoom}\n\nKunt u niet meer deelnemen, verlaat dan de sessie om de plaats vrij te geven: {link}' },
  },
  'registration-cancelled': {
    fr: { subject: 'Inscription annulée : {event}', body: 'Bonjour {name},\n\nVotre inscription à « {event} » ({network}) est annulée. Vous pouvez vous réinscrire tant que les inscriptions sont ouvertes : {link}' },
    de: { subject: 'Anmeldung storniert: {event}', body: 'Guten Tag {name},\n\nIhre Anmeldung zu „{event}“ ({network}) ist storniert. Solange die Anmeldung offen ist, können Sie sich erneut anmelden: {link}' },
    en: { subject: 'Registration cancelled: {event}', body: 'Hello {name},\n\nYour registration for “{event}” ({network}) is cancelled. You can register again while registration is open: {link}' },
    nl: { subject: 'Inschrijving geannuleerd: {event}', body: 'Goedendag {name},\n\nUw inschrijving voor “{event}” ({network}) is geannuleerd. Zolang de inschrijvingen open zijn, kunt u zich opnieuw inschrijven: {link}' },
  },
  'event-reminder': {
    fr: { subject: 'Rappel : {event} demain', body: 'Bonjour {name},\n\nPetit rappel : « {event} » ({network}) a lieu demain.\n\nQuand : {when}\nOù : {where}\n\nVotre code d’accueil : {code}\nPrésentez le QR code ci-dessous (ou ce code) à l’accueil.\n\nSi vous ne pouvez pas venir, merci d’annuler pour libérer votre place : {link}' },
    de: { subject: 'Erinnerung: {event} morgen', body: 'Guten Tag {name},\n\nEine kurze Erinnerung: „{event}“ ({network}) findet morgen statt.\n\nWann: {when}\nWo: {where}\n\nIhr Check-in-Code: {code}\nZeigen Sie den QR-Code unten (oder diesen Code) am Empfang.\n\nWenn Sie nicht kommen können, sagen Sie bitte ab, um Ihren Platz freizugeben: {link}' },
    en: { subject: 'Reminder: {event} tomorrow', body: 'Hello {name},\n\nA short reminder: “{event}” ({network}) takes place tomorrow.\n\nWhen: {when}\nWhere: {where}\n\nYour check-in code: {code}\nShow the QR code below (or this code) at the welcome desk.\n\nIf you cannot come, please cancel to free your seat: {link}' },
    nl: { subject: 'Herinnering: {event} morgen', body: 'Goedendag {name},\n\nEen korte herinnering: “{event}” ({network}) vindt morgen plaats.\n\nWanneer: {when}\nWaar: {where}\n\nUw check-incode: {code}\nToon de QR-code hieronder (of deze code) aan het onthaal.\n\nKunt u niet komen, annuleer dan om uw plaats vrij te geven: {link}' },
  },
  'event-cancelled': {
    fr: { subject: 'Événement annulé : {event}', body: 'Bonjour {name},\n\nNous sommes désolés : « {event} » ({network}), prévu {when}, est annulé.\n{reason}\n\nDétails : {link}' },
    de: { subject: 'Veranstaltung abgesagt: {event}', body: 'Guten Tag {name},\n\nEs tut uns leid: „{event}“ ({network}), geplant {when}, ist abgesagt.\n{reason}\n\nEinzelheiten: {link}' },
    en: { subject: 'Event cancelled: {event}', body: 'Hello {name},\n\nWe are sorry: “{event}” ({network}), planned {when}, is cancelled.\n{reason}\n\nDetails: {link}' },
    nl: { subject: 'Evenement geannuleerd: {event}', body: 'Goedendag {name},\n\nHet spijt ons: “{event}” ({network}), gepland {when}, is geannuleerd.\n{reason}\n\nDetails: {link}' },
  },
  'event-changed': {
    fr: { subject: 'Changement : {event}', body: 'Bonjour {name},\n\nLa date ou le lieu de « {event} » ({network}) a changé.\n\nQuand : {when}\nOù : {where}\n\nVotre inscription reste valable. Si vous ne pouvez plus venir, annulez ici : {link}' },
    de: { subject: 'Änderung: {event}', body: 'Guten Tag {name},\n\nDatum oder Ort von „{event}“ ({network}) haben sich geändert.\n\nWann: {when}\nWo: {where}\n\nIhre Anmeldung bleibt gültig. Wenn Sie nicht mehr kommen können, sagen Sie hier ab: {link}' },
    en: { subject: 'Change: {event}', body: 'Hello {name},\n\nThe date or place of “{event}” ({network}) has changed.\n\nWhen: {when}\nWhere: {where}\n\nYour registration still holds. If you can no longer come, cancel here: {link}' },
    nl: { subject: 'Wijziging: {event}', body: 'Goedendag {name},\n\nDe datum of de plaats van “{event}” ({network}) is gewijzigd.\n\nWanneer: {when}\nWaar: {where}\n\nUw inschrijving blijft geldig. Kunt u niet meer komen, annuleer dan hier: {link}' },
  },
  'feedback-request': {
    fr: { subject: 'Votre avis sur {event}', body: 'Bonjour {name},\n\nMerci d’avoir participé à « {event} » ({network}). Deux minutes pour nous dire ce que vous en avez retiré ? Vos réponses aident à préparer les prochains rendez-vous.\n\n{link}' },
    de: { subject: 'Ihre Meinung zu {event}', body: 'Guten Tag {name},\n\nDanke für Ihre Teilnahme an „{event}“ ({network}). Haben Sie zwei Minuten, um uns zu sagen, was Sie mitgenommen haben? Ihre Antworten helfen bei der Vorbereitung der nächsten Treffen.\n\n{link}' },
    en: { subject: 'Your view on {event}', body: 'Hello {name},\n\nThank you for taking part in “{event}” ({network}). Two minutes to tell us what you got out of it? Your answers help prepare the next meetings.\n\n{link}' },
    nl: { subject: 'Uw mening over {event}', body: 'Goedendag {name},\n\nBedankt voor uw deelname aan “{event}” ({network}). Twee minuten om ons te vertellen wat het u heeft opgeleverd? Uw antwoorden helpen de volgende ontmoetingen voor te bereiden.\n\n{link}' },
  },
} satisfies Record<string, Record<Locale, { subject: string; body: string }>>;

export type EventMailTemplate = keyof typeof eventMailTemplates;

/** Labels used inside the mails: where an online event takes place, what an empty place reads as. */
export const eventMailWords: Record<Locale, { online: string; toBeAnnounced: string; qrAlt: string; room: string }> = {
  fr: { online: 'en ligne', toBeAnnounced: 'lieu à préciser', qrAlt: 'QR code d’accueil', room: 'Salle : ' },
  de: { online: 'online', toBeAnnounced: 'Ort wird noch bekannt gegeben', qrAlt: 'QR-Code für den Check-in', room: 'Raum: ' },
  en: { online: 'online', toBeAnnounced: 'place to be announced', qrAlt: 'Check-in QR code', room: 'Room: ' },
  nl: { online: 'online', toBeAnnounced: 'plaats nog te bepalen', qrAlt: 'QR-code voor de check-in', room: 'Zaal: ' },
};
