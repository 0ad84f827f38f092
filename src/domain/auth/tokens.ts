import crypto from 'node:crypto';

/** Random secret for cookies, API tokens and e-mailed links; only its hash is stored. */
export function newSecret(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex');
}

export const API_TOKEN_PREFIX = 'mlg_';
