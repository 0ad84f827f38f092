import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getNetwork } from '../../domain/networks/networks';
import { addOwnerUse, requestBooking } from '../../domain/resources/book-resource';
import { bookingIcs, myBookingsIcs, resourceIcs } from '../../domain/resources/booking-ics';
import { loadBookingView, type BookingView } from '../../domain/resources/booking-view';
import { approveBooking, cancelBooking, declineBooking } from '../../domain/resources/decide-booking';
import { exportOwnerReport } from '../../domain/resources/export-report';
import { listBookingsQuery, listMyBookings, listResourceBookings } from '../../domain/resources/list-bookings';
import { addResourcePhoto, deleteResourcePhoto, getResourcePhoto } from '../../domain/resources/photos';
import { getNetworkPoolingOverview, getOwnerReport, getResourceUtilisation, reportQuery } from '../../domain/resources/reports';
import type { Resource } from '../../domain/resources/resource-access';
import { addResourceException, calendarQuery, deleteResourceException, getResourceCalendar } from '../../domain/resources/resource-calendar';
import {
  bookingRequestSchema,
  decisionSchema,
  exceptionInputSchema,
  ownerUseSchema,
  resourceInputSchema,
  resourcePatchSchema,
  staffLoanSchema,
} from '../../domain/resources/resource-schema';
import { archiveResource, createResource, getResourceDetail, myOrganisations, restoreResource, updateResource } from '../../domain/resources/resources';
import { searchResources, searchResourcesQuery } from '../../domain/resources/search-resources';
import { recordStaffLoan } from '../../domain/resources/staff-loans';
import { newRouter, type AppEnv } from '../context';
import { requireUser } from '../middleware/authenticate';
import { baseUrl } from '../request-info';
import { errorResponses, ErrorSchema, IdParam, jsonContent, TranslatedSchema } from '../schemas';

/** Pooling of industrial means: resources, their calendar, bookings, staff loans, utilisation and reports. */
export const resourceRoutes = newRouter();

const Locale = z.enum(['fr', 'de', 'en', 'nl']);
const Characteristic = z.object({ key: z.string(), value: z.string(), unit: z.string() });

const ResourceSchema = z
  .object({
    id: z.string(),
    ownerOrganisationId: z.string(),
    kind: z.string(),
    name: z.string(),
    description: TranslatedSchema,
    characteristics: z.array(Characteristic),
    address: z.string(),
    postcode: z.string(),
    commune: z.string(),
    country: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    timeZone: z.string(),
    priceUnit: z.string(),
    priceCents: z.number().nullable(),
    currency: z.string(),
    conditions: TranslatedSchema,
    insurance: TranslatedSchema,
    safety: TranslatedSchema,
    minMinutes: z.number(),
    maxMinutes: z.number().nullable(),
    leadMinutes: z.number(),
    cancelNoticeMinutes: z.number(),
    bookingMode: z.string(),
    units: z.number(),
    visibility: z.string(),
    status: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Resource');

const ResourceDetailSchema = ResourceSchema.extend({
  owner: z.object({ id: z.string(), name: z.string() }),
  networks: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string() })),
  networkIds: z.array(z.string()),
  canManage: z.boolean(),
  canBook: z.boolean(),
  bookAs: z.array(z.object({ id: z.string(), name: z.string() })).describe('Organisations you may book for; the owner (own use) last'),
  sharedWith: z.array(z.string()).describe('Organisations it is shared with; only for those who manage it'),
  openingRules: z.array(z.object({ weekday: z.number(), opens: z.string(), closes: z.string() })),
  exceptions: z.array(z.object({ id: z.string(), kind: z.string(), start: z.string(), end: z.string(), reason: z.string() })),
  photos: z.array(z.object({ id: z.string(), contentType: z.string(), caption: z.string(), position: z.number() })),
}).openapi('ResourceDetail');

const Slot = z.object({ start: z.string(), end: z.string(), freeUnits: z.array(z.number()) });
const ResourceHitSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    description: TranslatedSchema,
    characteristics: z.array(Characteristic),
    owner: z.object({ id: z.string(), name: z.string() }),
    commune: z.string(),
    country: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    distanceKm: z.number().nullable(),
    timeZone: z.string(),
    priceUnit: z.string(),
    priceCents: z.number().nullable(),
    currency: z.string(),
    bookingMode: z.string(),
    units: z.number(),
    status: z.string(),
    visibility: z.string(),
    photoId: z.string().nullable(),
    slots: z.array(Slot).optional().describe('With an availability search: the first free slots'),
  })
  .openapi('ResourceHit');

const BookingSchema = z
  .object({
    id: z.string(),
    resourceId: z.string(),
    resourceName: z.string(),
    resourceKind: z.string(),
    timeZone: z.string(),
    kind: z.enum(['booking', 'owner_use']),
    status: z.enum(['pending', 'approved', 'declined', 'cancelled']),
    start: z.string(),
    end: z.string(),
    units: z.number(),
    heldUnits: z.array(z.number()).describe('Units the booking holds (approved only)'),
    note: z.string(),
    ownerMessage: z.string(),
    amountCents: z.number().nullable(),
    currency: z.string(),
    lateCancellation: z.boolean(),
    borrower: z.object({ id: z.string(), name: z.string() }),
    owner: z.object({ id: z.string(), name: z.string() }),
    requestedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    decidedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    createdAt: z.string(),
    networkSlug: z.string().nullable(),
    canManage: z.boolean(),
    isBorrower: z.boolean(),
    staffLoan: z
      .object({
        personName: z.string(),
        consentGiven: z.boolean(),
        consentDate: z.string(),
        hourlyCostCents: z.number(),
        costBasis: z.string(),
        noProfit: z.boolean(),
        agreementReference: z.string(),
      })
      .nullable(),
  })
  .openapi('Booking');

const ConflictSchema = ErrorSchema.describe(
  'The range collides with the calendar: `error.details.conflicts` lists what (approved bookings, own use, closures, opening hours), with borrowers named only to those who manage the resource',
);

function presentResource(r: Resource) {
  const { searchText: _s, createdBy: _c, createdAt: _ca, updatedAt, ...rest } = r;
  return { ...rest, updatedAt: updatedAt.toISOString() };
}

function presentBooking(v: BookingView) {
  const b = v.booking;
  const loan = v.staffLoan;
  return {
    id: b.id,
    resourceId: v.resource.id,
    resourceName: v.resource.name,
    resourceKind: v.resource.kind,
    timeZone: v.resource.timeZone,
    kind: b.kind,
    status: b.status,
    start: b.startsAt.toISOString(),
    end: b.endsAt.toISOString(),
    units: b.units,
    heldUnits: v.heldUnits,
    note: b.note,
    ownerMessage: b.ownerMessage,
    amountCents: b.amountCents,
    currency: b.currency,
    lateCancellation: b.lateCancellation,
    borrower: v.borrower,
    owner: v.owner,
    requestedBy: v.requestedBy,
    decidedAt: b.decidedAt?.toISOString() ?? null,
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
    createdAt: b.createdAt.toISOString(),
    networkSlug: v.networkSlug,
    canManage: v.canManage,
    isBorrower: v.isBorrower,
    staffLoan: loan
      ? {
          personName: loan.personName,
          consentGiven: loan.consentGiven,
          consentDate: String(loan.consentDate).slice(0, 10),
          hourlyCostCents: loan.hourlyCostCents,
          costBasis: loan.costBasis,
          noProfit: loan.noProfit,
          agreementReference: loan.agreementReference,
        }
      : null,
  };
}

async function detail(c: Context<AppEnv>, id: string) {
  const d = await getResourceDetail({ db: c.get('db'), actor: c.get('actor'), id });
  return {
    ...presentResource(d.resource),
    owner: d.owner,
    networks: d.networks,
    networkIds: d.networks.map((n) => n.id),
    canManage: d.canManage,
    canBook: d.canBook,
    bookAs: d.bookAs,
    sharedWith: d.sharedWith,
    openingRules: d.openingRules,
    exceptions: d.exceptions.map((e) => ({ id: e.id, kind: e.kind, start: e.start.toISOString(), end: e.end.toISOString(), reason: d.canManage ? e.reason : '' })),
    photos: d.photos,
  };
}

const json = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const ics = (c: Context<AppEnv>, body: string, name: string) =>
  c.body(body, 200, { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${name}.ics"`, 'cache-control': 'private, no-store' });
const IcsResponse = { 200: { description: 'iCalendar file', content: { 'text/calendar': { schema: z.string() } } }, ...errorResponses };
const LocaleQuery = z.object({ locale: Locale.optional() });
const localeOf = (c: Context<AppEnv>, asked: string | undefined) => (asked ?? c.get('user')?.locale ?? 'fr') as z.infer<typeof Locale>;

// ——— Resources ———

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/resources',
    tags: ['Pooling'],
    summary:
      'Find shared resources you may see: words (accents and typos forgiven), kind, characteristics, distance; with `days` or `hours`, only those free that long between `from` and `to`, with their first free slots',
    request: { query: searchResourcesQuery },
    responses: {
      200: jsonContent(
        z.object({ items: z.array(ResourceHitSchema), total: z.number(), complete: z.boolean().describe('false: at least `total` match'), page: z.number(), pageSize: z.number() }),
        'A page of resources',
      ),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await searchResources({ db: c.get('db'), actor: c.get('actor'), query: c.req.valid('query') }), 200),
);

resourceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/resources',
    tags: ['Pooling'],
    summary: "Publish a resource of your organisation; by default offered to the members of the owner's networks only",
    request: json(resourceInputSchema),
    responses: { 201: jsonContent(ResourceDetailSchema, 'Published'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const row = await createResource({ db: c.get('db'), actor: c.get('actor'), input: c.req.valid('json') });
    return c.json(await detail(c, row.id), 201);
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/resources/{id}',
    tags: ['Pooling'],
    summary: 'One resource: terms, place, opening hours, closures to come, photos, and what you may do with it',
    request: { params: IdParam },
    responses: { 200: jsonContent(ResourceDetailSchema, 'The resource'), ...errorResponses },
  }),
  async (c) => c.json(await detail(c, c.req.valid('param').id), 200),
);

resourceRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/resources/{id}',
    tags: ['Pooling'],
    summary: 'Edit a resource: terms, visibility, opening hours (its owner and the coordinators)',
    request: { params: IdParam, ...json(resourcePatchSchema) },
    responses: { 200: jsonContent(ResourceDetailSchema, 'Updated'), ...errorResponses, 409: jsonContent(ErrorSchema, 'Bookings hold the units to remove') },
  }),
  async (c) => {
    requireUser(c);
    const { id } = c.req.valid('param');
    await updateResource({ db: c.get('db'), actor: c.get('actor'), id, input: c.req.valid('json') });
    return c.json(await detail(c, id), 200);
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/resources/{id}/archive',
    tags: ['Pooling'],
    summary: 'Withdraw a resource (pending requests are declined with the message; approved bookings to come must be cancelled first)',
    request: { params: IdParam, ...json(decisionSchema) },
    responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'Withdrawn'), ...errorResponses, 409: jsonContent(ErrorSchema, 'Bookings to come') },
  }),
  async (c) => {
    requireUser(c);
    await archiveResource({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, message: c.req.valid('json').message });
    return c.json({ ok: true as const }, 200);
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/resources/{id}/restore',
    tags: ['Pooling'],
    summary: 'Offer a withdrawn resource again',
    request: { params: IdParam },
    responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'Restored'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    await restoreResource({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id });
    return c.json({ ok: true as const }, 200);
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/pooling/my-organisations',
    tags: ['Pooling'],
    summary: 'The organisations you represent, with their networks (who may publish and book)',
    responses: { 200: jsonContent(z.array(z.object({ id: z.string(), name: z.string(), networkIds: z.array(z.string()) })), 'Organisations'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    return c.json(await myOrganisations({ db: c.get('db'), actor: c.get('actor') }), 200);
  },
);

// ——— Calendar ———

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/resources/{id}/calendar',
    tags: ['Pooling'],
    summary: 'The calendar of a resource over a window (three months at most): opening, closures, busy periods, and for its owner who booked and pending requests',
    request: { params: IdParam, query: calendarQuery },
    responses: { 200: jsonContent(z.any(), 'The calendar'), ...errorResponses },
  }),
  async (c) => c.json(await getResourceCalendar({ db: c.get('db'), actor: c.get('actor'), resourceId: c.req.valid('param').id, query: c.req.valid('query') }), 200),
);

resourceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/resources/{id}/exceptions',
    tags: ['Pooling'],
    summary: 'Add a closure (holiday, maintenance) or an extra opening; a closure over approved bookings answers 409 with them',
    request: { params: IdParam, ...json(exceptionInputSchema) },
    responses: {
      201: jsonContent(z.object({ id: z.string(), kind: z.string(), start: z.string(), end: z.string(), reason: z.string() }), 'Added'),
      ...errorResponses,
      409: jsonContent(ConflictSchema, 'Approved bookings in the way'),
    },
  }),
  async (c) => {
    requireUser(c);
    return c.json(await addResourceException({ db: c.get('db'), actor: c.get('actor'), resourceId: c.req.valid('param').id, input: c.req.valid('json') }), 201);
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/resources/{id}/exceptions/{exceptionId}',
    tags: ['Pooling'],
    summary: 'Remove a closure or an extra opening',
    request: { params: IdParam.extend({ exceptionId: z.uuid().openapi({ param: { name: 'exceptionId', in: 'path' } }) }) },
    responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'Removed'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, exceptionId } = c.req.valid('param');
    await deleteResourceException({ db: c.get('db'), actor: c.get('actor'), resourceId: id, exceptionId });
    return c.json({ ok: true as const }, 200);
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/resources/{id}/calendar.ics',
    tags: ['Pooling'],
    summary: 'The bookings of a resource as an iCalendar file (its owner)',
    request: { params: IdParam, query: LocaleQuery },
    responses: IcsResponse,
  }),
  async (c) => {
    requireUser(c);
    const body = await resourceIcs({ db: c.get('db'), actor: c.get('actor'), resourceId: c.req.valid('param').id, locale: localeOf(c, c.req.valid('query').locale) });
    return ics(c, body, 'resource');
  },
);

// ——— Photos ———

const PhotoParam = IdParam.extend({ photoId: z.uuid().openapi({ param: { name: 'photoId', in: 'path' } }) });

resourceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/resources/{id}/photos',
    tags: ['Pooling'],
    summary: 'Add a photo: the request body is the image itself (JPEG, PNG or WebP, 768 KiB at most, eight per resource)',
    request: {
      params: IdParam,
      query: z.object({ caption: z.string().max(200).optional() }),
      body: { content: { 'image/jpeg': { schema: z.any() }, 'image/png': { schema: z.any() }, 'image/webp': { schema: z.any() } }, required: true },
    },
    responses: {
      201: jsonContent(z.object({ id: z.string(), contentType: z.string(), caption: z.string(), position: z.number() }), 'Added'),
      ...errorResponses,
      413: jsonContent(ErrorSchema, 'Too large'),
    },
  }),
  async (c) => {
    requireUser(c);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const row = await addResourcePhoto({ db: c.get('db'), actor: c.get('actor'), resourceId: c.req.valid('param').id, bytes, caption: c.req.valid('query').caption });
    return c.json(row, 201);
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/resources/{id}/photos/{photoId}',
    tags: ['Pooling'],
    summary: 'A photo of a resource you may see',
    request: { params: PhotoParam },
    responses: { 200: { description: 'The image', content: { 'image/jpeg': { schema: z.any() } } }, ...errorResponses },
  }),
  async (c) => {
    const { id, photoId } = c.req.valid('param');
    const photo = await getResourcePhoto({ db: c.get('db'), actor: c.get('actor'), resourceId: id, photoId });
    return c.body(new Uint8Array(photo.bytes), 200, { 'content-type': photo.contentType, 'cache-control': 'private, max-age=86400', 'x-content-type-options': 'nosniff' });
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/resources/{id}/photos/{photoId}',
    tags: ['Pooling'],
    summary: 'Remove a photo',
    request: { params: PhotoParam },
    responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'Removed'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id, photoId } = c.req.valid('param');
    await deleteResourcePhoto({ db: c.get('db'), actor: c.get('actor'), resourceId: id, photoId });
    return c.json({ ok: true as const }, 200);
  },
);

// ——— Bookings ———

resourceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/resources/{id}/bookings',
    tags: ['Pooling'],
    summary:
      'Book a range (`start`, `end`, optional `units` and `note`): 201 with the booking — approved at once for an instant-booking resource, pending otherwise — or 409 saying what it conflicts with',
    request: { params: IdParam, ...json(bookingRequestSchema) },
    responses: { 201: jsonContent(BookingSchema, 'The booking'), ...errorResponses, 409: jsonContent(ConflictSchema, 'Conflicts with the calendar') },
  }),
  async (c) => {
    requireUser(c);
    const view = await requestBooking({ db: c.get('db'), actor: c.get('actor'), resourceId: c.req.valid('param').id, input: c.req.valid('json'), baseUrl: baseUrl(c) });
    return c.json(presentBooking(view), 201);
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/resources/{id}/owner-use',
    tags: ['Pooling'],
    summary: "Block the resource for the owner's own use (all units unless told otherwise)",
    request: { params: IdParam, ...json(ownerUseSchema) },
    responses: { 201: jsonContent(BookingSchema, 'Blocked'), ...errorResponses, 409: jsonContent(ConflictSchema, 'Conflicts with bookings') },
  }),
  async (c) => {
    requireUser(c);
    const view = await addOwnerUse({ db: c.get('db'), actor: c.get('actor'), resourceId: c.req.valid('param').id, input: c.req.valid('json') });
    return c.json(presentBooking(view), 201);
  },
);

const BookingSummarySchema = z.any().describe('Booking summaries: resource, both organisations, status, range, units, amount; `approvable` for pending requests');

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/resources/{id}/bookings',
    tags: ['Pooling'],
    summary: 'Bookings of a resource (all of them for its owner; your own otherwise)',
    request: { params: IdParam, query: listBookingsQuery.omit({ side: true }) },
    responses: { 200: jsonContent(BookingSummarySchema, 'Bookings'), ...errorResponses },
  }),
  async (c) => {
    const query = { ...c.req.valid('query'), side: 'owner' as const };
    return c.json(await listResourceBookings({ db: c.get('db'), actor: c.get('actor'), resourceId: c.req.valid('param').id, query }), 200);
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/bookings',
    tags: ['Pooling'],
    summary: "Your organisations' bookings: as borrower, or (side=owner) the requests and bookings of your resources",
    request: { query: listBookingsQuery },
    responses: { 200: jsonContent(BookingSummarySchema, 'Bookings'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    return c.json(await listMyBookings({ db: c.get('db'), actor: c.get('actor'), query: c.req.valid('query') }), 200);
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/bookings/calendar.ics',
    tags: ['Pooling'],
    summary: "Your organisations' bookings, lent and borrowed, as an iCalendar file",
    request: { query: LocaleQuery },
    responses: IcsResponse,
  }),
  async (c) => {
    requireUser(c);
    return ics(c, await myBookingsIcs({ db: c.get('db'), actor: c.get('actor'), locale: localeOf(c, c.req.valid('query').locale) }), 'bookings');
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/bookings/{id}',
    tags: ['Pooling'],
    summary: 'One booking (its two sides)',
    request: { params: IdParam },
    responses: { 200: jsonContent(BookingSchema, 'The booking'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    return c.json(presentBooking(await loadBookingView(c.get('db'), c.get('actor'), c.req.valid('param').id)), 200);
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/bookings/{id}/calendar.ics',
    tags: ['Pooling'],
    summary: 'One booking as an iCalendar file, for either side',
    request: { params: IdParam, query: LocaleQuery },
    responses: IcsResponse,
  }),
  async (c) => {
    requireUser(c);
    const body = await bookingIcs({ db: c.get('db'), actor: c.get('actor'), bookingId: c.req.valid('param').id, locale: localeOf(c, c.req.valid('query').locale) });
    return ics(c, body, 'booking');
  },
);

for (const action of ['approve', 'decline', 'cancel'] as const) {
  const run = { approve: approveBooking, decline: declineBooking, cancel: cancelBooking }[action];
  const summary = {
    approve: 'Approve a request (the owner): its units are held now, or 409 if they were taken meanwhile; the borrower is told',
    decline: 'Decline a request (the owner), with a message for the borrower',
    cancel: 'Cancel: the borrower (free until the notice period, late after it) or the owner (with a message); units are released and the other side told',
  }[action];
  resourceRoutes.openapi(
    createRoute({
      method: 'post',
      path: `/bookings/{id}/${action}`,
      tags: ['Pooling'],
      summary,
      request: { params: IdParam, ...json(decisionSchema) },
      responses: { 200: jsonContent(BookingSchema, 'The booking'), ...errorResponses, 409: jsonContent(ConflictSchema, 'Already decided, or units taken') },
    }),
    async (c) => {
      requireUser(c);
      const view = await run({ db: c.get('db'), actor: c.get('actor'), bookingId: c.req.valid('param').id, message: c.req.valid('json').message, baseUrl: baseUrl(c) });
      return c.json(presentBooking(view), 200);
    },
  );
}

resourceRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/bookings/{id}/staff-loan',
    tags: ['Pooling'],
    summary: "Record the staff-loan agreement of a booking of skilled staff (the lender): the person's consent, the cost at no profit, the agreement reference",
    request: { params: IdParam, ...json(staffLoanSchema) },
    responses: { 200: jsonContent(BookingSchema, 'The booking with its loan record'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const { id } = c.req.valid('param');
    await recordStaffLoan({ db: c.get('db'), actor: c.get('actor'), bookingId: id, input: c.req.valid('json') });
    return c.json(presentBooking(await loadBookingView(c.get('db'), c.get('actor'), id)), 200);
  },
);

// ——— Utilisation and reports ———

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/resources/{id}/utilisation',
    tags: ['Pooling'],
    summary: 'Utilisation of a resource per week or month: unit-hours lent and of own use over the unit-hours open (its owner and coordinators)',
    request: { params: IdParam, query: reportQuery.omit({ organisation: true }) },
    responses: { 200: jsonContent(z.any(), 'Utilisation'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    return c.json(await getResourceUtilisation({ db: c.get('db'), actor: c.get('actor'), resourceId: c.req.valid('param').id, query: c.req.valid('query') }), 200);
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/pooling/report',
    tags: ['Pooling'],
    summary: "The owner's report: utilisation of each of your resources, and revenue and cost sharing per borrower",
    request: { query: reportQuery },
    responses: { 200: jsonContent(z.any(), 'Report'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    return c.json(await getOwnerReport({ db: c.get('db'), actor: c.get('actor'), query: c.req.valid('query') }), 200);
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/pooling/report/export',
    tags: ['Pooling'],
    summary: "The owner's report as CSV (one table: resources, borrowers or bookings) or XLSX (all three), headings in the chosen language",
    request: {
      query: reportQuery.extend({
        format: z.enum(['csv', 'xlsx']).default('xlsx'),
        what: z.enum(['resources', 'borrowers', 'bookings']).default('borrowers'),
        locale: Locale.default('fr'),
      }),
    },
    responses: {
      200: { description: 'The file', content: { 'text/csv': { schema: z.string() }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() } } },
      ...errorResponses,
    },
  }),
  async (c) => {
    requireUser(c);
    const { format, what, locale, ...query } = c.req.valid('query');
    const file = await exportOwnerReport({ db: c.get('db'), actor: c.get('actor'), query, format, what, locale });
    const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const name = format === 'csv' ? `pooling-${what}.csv` : 'pooling-report.xlsx';
    return c.body(new Uint8Array(file.body), 200, { 'content-type': type, 'content-disposition': `attachment; filename="${name}"`, 'x-total-count': String(file.count) });
  },
);

resourceRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/pooling',
    tags: ['Pooling'],
    summary: "The coordinator's view of a network's pooling: every resource offered and how much it is used, which members share and which borrow",
    request: {
      params: z.object({ network: z.string().min(1).max(100).openapi({ param: { name: 'network', in: 'path' }, description: 'Network id or slug' }) }),
      query: reportQuery.pick({ from: true, to: true }),
    },
    responses: { 200: jsonContent(z.any(), 'Overview'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    return c.json(await getNetworkPoolingOverview({ db, actor: c.get('actor'), networkId: network.id, query: c.req.valid('query') }), 200);
  },
);
