import crypto from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { defaultWebDir } from '../config/paths';
import { AppError } from '../domain/errors';
import type { AppDeps, AppEnv } from './context';
import { apiDocsPage } from './docs-page';
import { errorResponse } from './errors';
import { authenticate } from './middleware/authenticate';
import { resourceRoutes } from './routes/resources';
import { indicatorRoutes } from './routes/indicators';
import { networkGraphRoutes } from './routes/network-graph';
import { roadmapRoutes } from './routes/roadmaps';
import { reportRoutes } from './routes/reports';
import { adminRoutes } from './routes/admin';
import { authRoutes } from './routes/auth';
import { classificationRoutes } from './routes/classifications';
import { healthRoutes } from './routes/health';
import { importRoutes, isImportUpload } from './routes/imports';
import { meRoutes } from './routes/me';
import { networkRoutes } from './routes/networks';
import { organisationRoutes } from './routes/organisations';
import { placeRoutes } from './routes/places';
import { controlRoutes } from './routes/control';
import { calendarRoutes } from './routes/calendar';
import { eventMinutesRoutes } from './routes/event-minutes';
import { eventRoutes } from './routes/events';
import { conventionRoutes } from './routes/conventions';
import { postRoutes } from './routes/posts';
import { skillRoutes } from './routes/skills';
import { taskforceRoutes } from './routes/taskforces';
import { mountWebApp } from './static';

export const MAX_BODY_BYTES = 1024 * 1024;

export function createApp(deps: AppDeps & { webDir?: string }) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}` } }, 404));

  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 64) ?? crypto.randomUUID();
    const log = deps.log.child({ requestId });
    c.set('deps', deps);
    c.set('db', deps.database.db);
    c.set('log', log);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    if (c.req.path.startsWith('/api/'))
      log.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  const jsonBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new AppError('payload_too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB`);
    },
  });
  // Spreadsheet uploads have their own, larger limit (routes/imports.ts).
  app.use('/api/*', (c, next) => (isImportUpload(c.req.path) && c.req.method === 'POST' ? next() : jsonBodyLimit(c, next)));
  app.use('/api/*', authenticate);

  for (const routes of [healthRoutes, authRoutes, meRoutes, networkRoutes, organisationRoutes, placeRoutes, importRoutes, adminRoutes, classificationRoutes, controlRoutes, eventRoutes, eventMinutesRoutes, calendarRoutes])
    app.route('/api', routes);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Maillage API', version: '0.1.0', description: 'Territorial business networks: accounts, networks, organisations.' },
  });
  app.get('/api/docs', (c) => c.html(apiDocsPage));
  // Pooling of industrial means (issue 6): resources, bookings, reports.
  app.route('/api', resourceRoutes);
  // Roadmaps, committees, indicators, the network graph, reports and sponsors (issue 8).
  for (const routes of [indicatorRoutes, networkGraphRoutes, roadmapRoutes, reportRoutes]) app.route('/api', routes);
  // Business-convention mode of events (issue 5): profiles, requests, schedule, agendas, outcomes.
  app.route('/api', conventionRoutes);
  // Needs and offers, skills and jobs (GANESH), taskforces (issue 7).
  for (const routes of [postRoutes, skillRoutes, taskforceRoutes]) app.route('/api', routes);
  mountWebApp(app, deps.webDir ?? defaultWebDir);
  return app;
}
