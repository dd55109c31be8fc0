import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits for the client; only the SHA-256 is stored, so a database leak yields no sessions. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');
