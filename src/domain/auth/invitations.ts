import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { authTokens, networkRoles, networks, organisations, representatives, users, type Locale, type Role } from '../../db/schema';
import { AppError, notFound } from '../errors';
import { enqueueMail } from '../mail/enqueue-mail';
import { renderMail } from '../mail/templates';
import { createUser, findUserByEmail, parseEmail } from './create-user';
import { consumeToken, findValidToken } from './password-reset';
import { checkPasswordStrength, hashPassword } from './passwords';
import { hashSecret, newSecret } from './tokens';

const INVITE_DAYS = 14;

export interface InviteUserOptions {
  db: Db;
  email: string;
  networkId: string;
  role: Role;
  organisationId?: string | undefined;
  invitedBy: { id: string; name: string; email: string };
  locale: Locale;
  baseUrl: string;
}

/** Invites a person into a network with a role (and, for members, as representative of an organisation). */
export async function inviteUser(options: InviteUserOptions) {
  const { db, networkId, role, organisationId, invitedBy, locale, baseUrl } = options;
  const email = parseEmail(options.email);
  const [network] = await db.select().from(networks).where(eq(networks.id, networkId));
  if (!network) throw notFound('Network', 'networkId');
  if (organisationId) {
    const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId));
    if (!org) throw notFound('Organisation', 'organisationId');
  }
  if (role === 'member' && !organisationId)
    throw new AppError('validation', 'A member represents an organisation: choose one', 'organisationId');
  const token = newSecret();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(authTokens)
      .values({
        kind: 'invite',
        tokenHash: hashSecret(token),
        email,
        networkId,
        role,
        organisationId: organisationId ?? null,
        createdBy: invitedBy.id,
        expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
      })
      .returning({ id: authTokens.id, expiresAt: authTokens.expiresAt });
    const link = `${baseUrl}/accept-invitation?token=${encodeURIComponent(token)}`;
    const mail = renderMail('invitation', locale, {
      link,
      days: INVITE_DAYS,
      network: network.name,
      inviter: invitedBy.name || invitedBy.email,
    });
    await enqueueMail(tx as unknown as Db, { to: email, ...mail });
    return { id: row!.id, email, expiresAt: row!.expiresAt, network: network.slug, role };
  });
}

export async function describeInvitation(db: Db, token: string) {
  const invite = await findValidToken(db, 'invite', token);
  const [network] = await db.select().from(networks).where(eq(networks.id, invite.networkId!));
  const existing = await findUserByEmail(db, invite.email);
  return { email: invite.email, role: invite.role, network: network?.name ?? '', hasAccount: !!existing };
}

export interface AcceptInvitationOptions {
  db: Db;
  token: string;
  name?: string | undefined;
  password?: string | undefined;
  locale?: Locale | undefined;
}

/** Creates the account if needed (a password is then required) and grants the invited role. */
export async function acceptInvitation({ db, token, name, password, locale }: AcceptInvitationOptions) {
  const invite = await findValidToken(db, 'invite', token);
  const existing = await findUserByEmail(db, invite.email);
  if (!existing) {
    if (!password) throw new AppError('validation', 'Choose a password to create your account', 'password');
    checkPasswordStrength(password);
  }
  const passwordHash = !existing && password ? await hashPassword(password) : null;
  return db.transaction(async (tx) => {
    await consumeToken(tx as unknown as Db, invite.id, 'This invitation has already been used');
    let userId = existing?.id;
    if (!userId) {
      const user = await createUser({ db: tx as unknown as Db, email: invite.email, name, locale });
      await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
      userId = user.id;
    }
    if (invite.networkId && invite.role)
      await tx.insert(networkRoles).values({ networkId: invite.networkId, userId, role: invite.role }).onConflictDoNothing();
    if (invite.organisationId)
      await tx.insert(representatives).values({ userId, organisationId: invite.organisationId }).onConflictDoNothing();
    return { userId, email: invite.email };
  });
}
