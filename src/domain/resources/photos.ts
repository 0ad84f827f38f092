import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { resourcePhotos } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, forbidden, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { loadResource } from './resource-access';

export const PHOTO_MAX_BYTES = 768 * 1024;
export const PHOTOS_PER_RESOURCE = 8;

type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

/** The image type from the file's first bytes: what the sender claims is not trusted. */
export function sniffImageType(bytes: Uint8Array): PhotoType | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

/** Adds a photo (JPEG, PNG or WebP, up to 768 KiB, eight per resource), checked by its content. */
export async function addResourcePhoto(opts: { db: Db; actor: Actor; resourceId: string; bytes: Uint8Array; caption?: string }) {
  const { db, actor, resourceId, bytes } = opts;
  const { canManage } = await loadResource(db, actor, resourceId);
  if (!canManage) throw forbidden('Only the owner adds photos of its resource');
  if (bytes.length === 0) throw new AppError('validation', 'The photo is empty', 'photo');
  if (bytes.length > PHOTO_MAX_BYTES) throw new AppError('payload_too_large', `A photo is ${PHOTO_MAX_BYTES / 1024} KiB at most; resize it`, 'photo');
  const contentType = sniffImageType(bytes);
  if (!contentType) throw new AppError('validation', 'Send a JPEG, PNG or WebP image', 'photo');
  const caption = (opts.caption ?? '').trim().slice(0, 200);
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(resourcePhotos).where(eq(resourcePhotos.resourceId, resourceId));
  if (n >= PHOTOS_PER_RESOURCE) throw new AppError('conflict', `A resource has ${PHOTOS_PER_RESOURCE} photos at most; remove one first`, 'photo');
  const [row] = await db
    .insert(resourcePhotos)
    .values({ resourceId, contentType, bytes: Buffer.from(bytes), caption, position: n })
    .returning({ id: resourcePhotos.id, contentType: resourcePhotos.contentType, caption: resourcePhotos.caption, position: resourcePhotos.position });
  await recordAudit(db, actor, 'create', 'resource_photo', row!.id, { resource: resourceId, bytes: bytes.length, contentType });
  return row!;
}

export async function getResourcePhoto(opts: { db: Db; actor: Actor; resourceId: string; photoId: string }) {
  await loadResource(opts.db, opts.actor, opts.resourceId);
  const [photo] = await opts.db
    .select()
    .from(resourcePhotos)
    .where(and(eq(resourcePhotos.id, opts.photoId), eq(resourcePhotos.resourceId, opts.resourceId)));
  if (!photo) throw notFound('Photo', 'photoId');
  return photo;
}

export async function deleteResourcePhoto(opts: { db: Db; actor: Actor; resourceId: string; photoId: string }) {
  const { canManage } = await loadResource(opts.db, opts.actor, opts.resourceId);
  if (!canManage) throw forbidden('Only the owner removes photos of its resource');
  const deleted = await opts.db
    .delete(resourcePhotos)
    .where(and(eq(resourcePhotos.id, opts.photoId), eq(resourcePhotos.resourceId, opts.resourceId)))
    .returning({ id: resourcePhotos.id });
  if (!deleted.length) throw notFound('Photo', 'photoId');
  await recordAudit(opts.db, opts.actor, 'delete', 'resource_photo', opts.photoId, { resource: opts.resourceId });
}
