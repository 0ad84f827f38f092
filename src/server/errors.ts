import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { AppError, type ErrorCode } from '../domain/errors';

/** The one table from domain error codes to HTTP statuses. */
export const statusByCode: Record<ErrorCode, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

export interface ErrorBody {
  error: { code: ErrorCode | 'internal'; message: string; field?: string; details?: Record<string, unknown> };
}

export function zodErrorBody(error: ZodError): ErrorBody {
  const first = error.issues[0];
  const field = first?.path.map(String).join('.') || undefined;
  const message = first ? (field ? `${field}: ${first.message}` : first.message) : 'Invalid input';
  return {
    error: {
      code: 'validation',
      message,
      ...(field ? { field } : {}),
      ...(error.issues.length > 1
        ? { details: { issues: error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })) } }
        : {}),
    },
  };
}

export function errorResponse(c: Context, error: unknown) {
  if (error instanceof AppError) {
    const body: ErrorBody = {
      error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}), ...(error.details ? { details: error.details } : {}) },
    };
    return c.json(body, statusByCode[error.code]);
  }
  if (error instanceof ZodError) return c.json(zodErrorBody(error), 400);
  if (error instanceof HTTPException) {
    const status = error.status;
    const code: ErrorCode = status === 413 ? 'payload_too_large' : status === 401 ? 'unauthenticated' : status === 404 ? 'not_found' : 'validation';
    const message = status === 413 ? 'The request body is too large' : error.message || 'Bad request';
    return c.json({ error: { code, message } } satisfies ErrorBody, status < 500 ? status : 400);
  }
  c.get('log')?.error({ err: error }, 'unhandled error');
  return c.json({ error: { code: 'internal', message: 'Internal error; it has been logged' } } satisfies ErrorBody, 500);
}
