/** The one error type of the domain. Adapters map `code` to their own world (HTTP status, CLI exit code). */
export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unavailable';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, field?: string) => new AppError('not_found', `${what} not found`, field);
export const forbidden = (message = 'You are not allowed to do this') => new AppError('forbidden', message);
