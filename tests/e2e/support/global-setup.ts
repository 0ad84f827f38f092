import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import type { Db } from '../../../src/db/client';
import { hasChromium, skipReason } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const webSrc = path.join(root, 'src/web');
const builtIndex = path.join(root, 'dist/web/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/** Builds the web app when it is missing or older than its sources, so the journeys never test a stale bundle. */
function ensureWebBuilt(): void {
  const builtAt = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
  if (builtAt >= newestMtime(webSrc) && builtAt >= fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs) return;
  console.log('[e2e] building the web app (npx vite build)…');
  // Vitest sets NODE_ENV=test, which would give a development build of React.
  execSync('npx vite build', { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

/**
 * The GeoNames postal codes of the Grande Région, as `maillage geo import` loads them, when ../shared/data is there
 * (CI has it): the directory's place search needs them. Without them the journeys that search places skip that part.
 */
async function loadPostalCodes(db: Db): Promise<void> {
  const folder = path.resolve(root, '..', 'shared', 'data', 'geo', 'postal_codes_geonames');
  if (!fs.existsSync(folder)) return console.warn(`[e2e] ${folder} not found: no postal codes, the place search will find nothing`);
  const [{ readPostalCodeFile }, { importPostalCodes }] = await Promise.all([
    import('../../../src/domain/geo/read-postal-code-file'),
    import('../../../src/domain/geo/import-postal-codes'),
  ]);
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.csv'));
  await importPostalCodes(db, files.flatMap((f) => readPostalCodeFile(fs.readFileSync(path.join(folder, f)), f).entries));
}

export default async function setup(project: TestProject) {
  if (!hasChromium) {
    console.warn(`[e2e] ${skipReason}`);
    project.provide('baseUrl', '');
    return;
  }
  ensureWebBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-e2e-'));
  const { startPlatform } = await import('../../../src/server/start');
  const started = Date.now();
  const platform = await startPlatform({
    env: {
      MAILLAGE_DATA_DIR: dataDir,
      MAILLAGE_DEMO: '1',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // Journeys run on the embedded engine and keep mail in the outbox, whatever the surrounding shell says.
      DATABASE_URL: undefined,
      SMTP_URL: undefined,
      PUBLIC_URL: undefined,
    },
  });
  if (!platform.url) throw new Error('the platform started without its web service');
  await loadPostalCodes(platform.runtime.database.db);
  console.log(`[e2e] platform on ${platform.url} (data in ${dataDir}) after ${Date.now() - started} ms`);
  project.provide('baseUrl', platform.url);
  return async () => {
    await platform.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
