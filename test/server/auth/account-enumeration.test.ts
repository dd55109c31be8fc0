import argon2 from 'argon2';
import { LOCKOUT_THRESHOLD } from '../../../server/src/auth/sign-in-throttle';
import { startTestApi, type TestApi } from '../../support/api';
import { createUser } from '../../support/fixtures';

const SIGN_IN = 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }';

/** What an attacker sees of one sign-in, and what the server did for it. */
interface Step {
  code: string;
  /** Whole minutes of the announced lock (the seconds tick on between two requests). */
  lockMinutes?: number;
  statements: string[];
  verifications: number;
}

describe('account existence cannot be told from sign-in', () => {
  let api: TestApi;
  let verify: jest.SpiedFunction<typeof argon2.verify>;
  beforeAll(async () => {
    api = await startTestApi();
    verify = jest.spyOn(argon2, 'verify');
  });
  afterAll(async () => {
    verify.mockRestore();
    await api.close();
  });

  const attempt = async (email: string): Promise<Step> => {
    api.db.queries.reset();
    verify.mockClear();
    const { errors } = await api.gql(SIGN_IN, { e: email, p: 'a-wrong-password' });
    const { code, retryAfterSeconds } = errors![0]!.extensions! as {
      code: string;
      retryAfterSeconds?: number;
    };
    return {
      code,
      ...(retryAfterSeconds !== undefined && { lockMinutes: Math.ceil(retryAfterSeconds / 60) }),
      statements: [...api.db.queries.statements],
      verifications: verify.mock.calls.length,
    };
  };

  // The clock is PostgreSQL's: a lock "expires" by moving it into the past, never by waiting.
  const expireLock = (email: string) =>
    api.db.dataSource.query(
      `UPDATE sign_in_throttle SET locked_until = now() - interval '1 second'
        WHERE email_hash = sha256(convert_to($1, 'UTF8'))`,
      [email],
    );

  /** Wrong passwords up to the lock, then twice more after each lock expires. */
  const trace = async (email: string): Promise<Step[]> => {
    const steps: Step[] = [];
    for (let i = 0; i <= LOCKOUT_THRESHOLD; i += 1) {
      steps.push(await attempt(email));
    }
    for (let lock = 0; lock < 2; lock += 1) {
      await expireLock(email);
      steps.push(await attempt(email), await attempt(email));
    }
    return steps;
  };

  it('answers a real account and an unknown address alike, through the lock and after it expires', async () => {
    const known = await createUser(api.db.dataSource, []);
    const answers = (steps: Step[]) =>
      steps.map(({ code, lockMinutes }) => ({ code, lockMinutes }));
    const real = answers(await trace(known.email));
    const unknown = answers(await trace('nobody-here@test.caf-benchmark.pl'));
    const wrong = { code: 'UNAUTHENTICATED' };
    expect(real).toEqual([
      ...Array(LOCKOUT_THRESHOLD).fill(wrong),
      { code: 'RATE_LIMITED', lockMinutes: 1 },
      // Each failure after a lock relocks at once, for twice as long.
      wrong,
      { code: 'RATE_LIMITED', lockMinutes: 2 },
      wrong,
      { code: 'RATE_LIMITED', lockMinutes: 4 },
    ]);
    expect(unknown).toEqual(real);
  });

  it('does the same work for both: the same SQL statements and one argon2 verification per attempt', async () => {
    const known = await createUser(api.db.dataSource, []);
    const work = (steps: Step[]) =>
      steps.map(({ statements, verifications }) => ({ statements, verifications }));
    const real = work(await trace(known.email));
    const unknown = work(await trace('nobody-either@test.caf-benchmark.pl'));
    expect(real.every(step => step.verifications === 1)).toBe(true);
    expect(real.every(step => step.statements.length > 0)).toBe(true);
    expect(unknown).toEqual(real);
  });

  it('does the same for an account that cannot sign in (invited, never set a password)', async () => {
    const invited = await createUser(api.db.dataSource, []);
    await api.db.dataSource.query(
      `UPDATE app_user SET status = 'INVITED', password_hash = NULL WHERE id = $1`,
      [invited.id],
    );
    const pending = await trace(invited.email);
    const unknown = await trace('nobody-at-all@test.caf-benchmark.pl');
    expect(pending).toEqual(unknown);
  });
});
