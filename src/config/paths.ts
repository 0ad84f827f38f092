import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the project's own files are, whatever the current directory (npx, npm start, tests). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultWebDir = path.join(projectRoot, 'dist', 'web');
