import { pino, type Logger } from 'pino';

// The one structured logger. Domain code receives a child logger with its context instead of using console.
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { app: 'maillage' }, redact: ['req.headers.cookie', 'req.headers.authorization'] });
}

export type { Logger };
