import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors';

// argon2id with OWASP's minimum memory setting; tuned to stay well under 100 ms on a small server.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;

export function checkPasswordStrength(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new AppError('validation', `The password must have at least ${MIN_PASSWORD_LENGTH} characters`, field);
  if (password.length > 512) throw new AppError('validation', 'The password is too long (512 characters at most)', field);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
