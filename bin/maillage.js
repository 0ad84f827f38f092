#!/usr/bin/env node
// Entry point of the `maillage` command. It runs the server bundle built by `npm run build` (dist/server) when that
// bundle is newer than every server source file; otherwise it runs the TypeScript sources through tsx's loader, so a
// fresh clone or an edited checkout never runs stale code. See docs/decisions/008-server-bundle.md.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'server', 'maillage.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'web' && dir.endsWith(`${path.sep}src`)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  try {
    const built = fs.statSync(bundle).mtimeMs;
    return built >= newestSource(path.join(root, 'src')) && built >= fs.statSync(path.join(root, 'package.json')).mtimeMs;
  } catch {
    return false;
  }
}

let main;
if (process.env.MAILLAGE_FROM_SOURCE !== '1' && bundleIsFresh()) {
  ({ main } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
await main(process.argv.slice(2));
