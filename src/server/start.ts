import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { openRuntime, type Runtime } from '../cli/runtime';
import { loadConfig } from '../config/env';
import { seedDemo, type DemoSummary } from '../domain/demo/seed-demo';
import { jobDefinitions } from '../jobs/definitions';
import { planRecurringJobs } from '../jobs/recurring';
import { createWorker, type Worker } from '../jobs/worker';
import { createLogger } from '../logger';

export type Service = 'web' | 'worker';

export interface StartOptions {
  env?: Record<string, string | undefined>;
  services?: Service[];
  webDir?: string;
}

export interface RunningPlatform {
  url: string | undefined;
  runtime: Runtime;
  demo: DemoSummary | undefined;
  worker: Worker | undefined;
  close(): Promise<void>;
}

/** Opens the database, migrates, seeds the demo on first start, and runs the web server and/or the job worker. */
export async function startPlatform(options: StartOptions = {}): Promise<RunningPlatform> {
  const config = loadConfig({ ...process.env, ...options.env });
  const log = createLogger(config.logLevel);
  const services = options.services ?? ['web', 'worker'];
  // Opening PGlite is mostly WebAssembly start-up: load the web modules meanwhile.
  const appModule = services.includes('web') ? import('./app') : undefined;
  const runtime = await openRuntime(config, log);
  try {
    const demo = config.demo ? await seedDemo({ db: runtime.database.db }) : undefined;
    const worker = services.includes('worker')
      ? createWorker({ db: runtime.database.db, config, log: log.child({ service: 'worker' }), definitions: jobDefinitions })
      : undefined;
    let url: string | undefined;
    let server: ReturnType<typeof serve> | undefined;
    if (services.includes('web')) {
      const { createApp } = await appModule!;
      const app = createApp({ database: runtime.database, config, log, controlKey: runtime.lock?.info.controlKey, webDir: options.webDir });
      const address = await new Promise<AddressInfo>((resolve, reject) => {
        server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => resolve(info));
        server.once('error', reject);
      });
      url = `http://localhost:${address.port}`;
      runtime.lock?.setPort(address.port);
    }
    if (worker) {
      // Daily committee reminders and the weekly match digest plan their next run themselves: make sure one is planned.
      const planned = await planRecurringJobs(runtime.database.db, config.publicUrl?.replace(/\/$/, '') ?? url ?? `http://localhost:${config.port}`);
      log.debug({ planned }, 'recurring jobs planned');
    }
    return {
      url,
      runtime,
      demo,
      worker,
      async close() {
        await new Promise<void>((resolve) => {
          if (!server) return resolve();
          server.close(() => resolve());
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        await worker?.stop();
        await runtime.close();
      },
    };
  } catch (error) {
    await runtime.close();
    throw error;
  }
}
