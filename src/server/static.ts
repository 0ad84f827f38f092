import fs from 'node:fs';
import path from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './context';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves the built SPA from dist/web; any other non-API path gets index.html so client routes work on reload. */
export function mountWebApp(app: Hono<AppEnv>, webDir: string) {
  const root = path.resolve(webDir);
  app.get('*', (c) => {
    const urlPath = decodeURIComponent(new URL(c.req.url).pathname);
    if (urlPath.startsWith('/api/')) return c.json({ error: { code: 'not_found', message: `No API route ${urlPath}` } }, 404);
    const candidate = path.resolve(root, '.' + urlPath);
    const inside = candidate.startsWith(root + path.sep);
    const file = inside && fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : path.join(root, 'index.html');
    if (!fs.existsSync(file)) return c.text('The web app is not built: run `npm run build`.', 503);
    const body = fs.readFileSync(file);
    const immutable = file.includes(`${path.sep}assets${path.sep}`);
    return c.body(body, 200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
}
