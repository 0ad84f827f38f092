import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite has no server process guarding its files: two processes opening one data directory would corrupt it.
 * The process that opens it writes a lock file; a second process finds it, sees the owner alive, and refuses.
 * The lock also tells the CLI where the running server listens, so commands can go through it.
 */
export interface LockInfo {
  pid: number;
  port?: number;
  /** Secret that lets the local CLI run commands through the running server. */
  controlKey: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly info: LockInfo,
  ) {
    super(
      `The data directory is already in use by process ${info.pid} (lock file ${lockPath}). ` +
        'Stop that process first, or point MAILLAGE_DATA_DIR at another directory.',
    );
  }
}

export function lockPathFor(dataDir: string): string {
  return path.join(dataDir, 'maillage.lock');
}

export function readLock(dataDir: string): LockInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(lockPathFor(dataDir), 'utf8')) as LockInfo;
    return isAlive(info.pid) ? info : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  info: LockInfo;
  setPort(port: number): void;
  release(): void;
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = lockPathFor(dataDir);
  const info: LockInfo = { pid: process.pid, controlKey: crypto.randomBytes(24).toString('hex'), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(info), { flag: 'wx', mode: 0o600 });
      return makeLock(lockPath, info);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readLock(dataDir);
      if (owner && owner.pid !== process.pid) throw new DataDirLockedError(lockPath, owner);
      // The owner died without cleaning up: the lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

function makeLock(lockPath: string, info: LockInfo): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      const current = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockInfo;
      if (current.pid === info.pid) fs.rmSync(lockPath, { force: true });
    } catch {
      // Already gone.
    }
  };
  process.once('exit', release);
  return {
    info,
    setPort(port) {
      info.port = port;
      fs.writeFileSync(lockPath, JSON.stringify(info), { mode: 0o600 });
    },
    release,
  };
}
