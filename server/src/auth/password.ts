import argon2 from 'argon2';
import { badInput } from '../graphql/errors';

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane). */
const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const MIN_PASSWORD_LENGTH = 12;

export const hashPassword = (password: string): Promise<string> =>
  argon2.hash(password, ARGON2_OPTIONS);

// Verifying against a throwaway hash when the account does not exist keeps the response time
// the same, so timing does not reveal which e-mail addresses have accounts.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  dummyHash ??= hashPassword('caf-benchmark-timing-equaliser');
  const target = hash ?? (await dummyHash);
  const matches = await argon2.verify(target, password).catch(() => false);
  return hash !== null && matches;
}

export function assertAcceptablePassword(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badInput([{ field, message: `must be at least ${MIN_PASSWORD_LENGTH} characters long` }]);
  }
  if (password.length > 256) {
    throw badInput([{ field, message: 'must be at most 256 characters long' }]);
  }
}
