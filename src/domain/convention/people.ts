import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { conventionParticipants, networks, organisations, users, type Locale, type Translated } from '../../db/schema';
import { enqueueMail } from '../mail/enqueue-mail';
import type { EventRow } from './convention-access';
import { conventionLink, renderConventionMail, type ConventionMail } from './convention-mails';

const interfaceLocales: Locale[] = ['fr', 'de', 'en', 'nl'];

export interface Person {
  participantId: string;
  userId: string | null;
  name: string;
  email: string | null;
  locale: Locale;
  organisation: string;
}

/** Names, e-mail and language of participants, for mails and agendas. */
export async function loadPeople(db: Db, participantIds: string[]): Promise<Map<string, Person>> {
  const map = new Map<string, Person>();
  if (!participantIds.length) return map;
  const rows = await db
    .select({
      id: conventionParticipants.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      anonymisedAt: users.anonymisedAt,
      disabledAt: users.disabledAt,
      organisation: organisations.name,
      walkInName: conventionParticipants.walkInName,
      walkInEmail: conventionParticipants.walkInEmail,
      walkInOrganisation: conventionParticipants.walkInOrganisation,
      languages: conventionParticipants.languages,
    })
    .from(conventionParticipants)
    .leftJoin(users, eq(users.id, conventionParticipants.userId))
    .leftJoin(organisations, eq(organisations.id, conventionParticipants.organisationId))
    .where(inArray(conventionParticipants.id, [...new Set(participantIds)]));
  for (const r of rows)
    map.set(r.id, {
      participantId: r.id,
      userId: r.userId,
      // A walk-in (no account) has the name, e-mail and organisation typed at the desk.
      name: r.name ?? r.walkInName ?? '',
      email: r.userId ? (r.email && !r.anonymisedAt && !r.disabledAt ? r.email : null) : r.walkInEmail,
      locale: r.locale ?? (r.languages.find((l): l is Locale => interfaceLocales.includes(l as Locale)) || 'fr'),
      organisation: r.organisation ?? (r.walkInOrganisation || ''),
    });
  return map;
}

export const eventTitle = (title: Translated, locale: Locale) => title[locale] || title.fr || Object.values(title).find(Boolean) || '';

export async function networkSlugOf(db: Db, networkId: string) {
  const [n] = await db.select({ slug: networks.slug }).from(networks).where(eq(networks.id, networkId));
  return n?.slug ?? '';
}

/** Puts one convention e-mail in the outbox, in the person's language, with a link to a page of the convention. */
export async function mailParticipant(
  db: Db,
  options: { to: Person | undefined; template: ConventionMail; event: EventRow; networkSlug: string; baseUrl: string; tab?: string; values?: Record<string, string | number> },
) {
  const { to, event } = options;
  if (!to?.email) return;
  const link = conventionLink(options.baseUrl, options.networkSlug, event.id, options.tab);
  const mail = renderConventionMail(options.template, to.locale, { name: to.name, event: eventTitle(event.title, to.locale), link, ...options.values });
  await enqueueMail(db, { to: to.email, ...mail });
}
