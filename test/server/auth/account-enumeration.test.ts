import argon2 from 'argon2';
import { LOCKOUT_THRESHOLD } from '../../../server/src/auth/sign-in-throttle';
import { startTestApi, type TestApi } from '../../support/api';
import { createUser, TEST_PASSWORD } from '../../support/fixtures';

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

  const attempt = async (email: string, password = 'a-wrong-password'): Promise<Step> => {
    api.db.queries.reset();
    verify.mockClear();
    const { errors } = await api.gql(SIGN_IN, { e: email, p: password });
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

  /** Wrong passwords (or `password`) up to the lock, then twice more after each lock expires. */
  const trace = async (email: string, password?: string): Promise<Step[]> => {
    const steps: Step[] = [];
    for (let i = 0; i <= LOCKOUT_THRESHOLD; i += 1) {
      steps.push(await attempt(email, password));
    }
    for (let lock = 0; lock < 2; lock += 1) {
      await expireLock(email);
      steps.push(await attempt(email, password), await attempt(email, password));
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

  it('does the same for a deactivated account given its correct password', async () => {
    const deactivated = await createUser(api.db.dataSource, []);
    await api.db.dataSource.query(`UPDATE app_user SET status = 'DEACTIVATED' WHERE id = $1`, [
      deactivated.id,
    ]);
    const refused = await trace(deactivated.email, TEST_PASSWORD);
    const unknown = await trace('nobody-there@test.caf-benchmark.pl', TEST_PASSWORD);
    expect(refused[0]!.code).toBe('UNAUTHENTICATED');
    expect(refused).toEqual(unknown);
  });

  // A quiet day passes by moving the address's last failure (and its lock) a day into the past.
  const quietDay = (email: string) =>
    api.db.dataSource.query(
      `UPDATE sign_in_throttle SET last_failed_at = now() - interval '25 hours',
              locked_until = now() - interval '24 hours'
        WHERE email_hash = sha256(convert_to($1, 'UTF8'))`,
      [email],
    );

  it('forgets failures after a quiet day, for a real account and an unknown address alike', async () => {
    const known = await createUser(api.db.dataSource, []);
    const afterQuietDay = async (email: string) => {
      await trace(email);
      await quietDay(email);
      const steps: Step[] = [];
      for (let i = 0; i <= LOCKOUT_THRESHOLD; i += 1) {
        steps.push(await attempt(email));
      }
      return steps.map(({ code, lockMinutes }) => ({ code, lockMinutes }));
    };
    const real = await afterQuietDay(known.email);
    expect(real).toEqual([
      ...Array(LOCKOUT_THRESHOLD).fill({ code: 'UNAUTHENTICATED' }),
      { code: 'RATE_LIMITED', lockMinutes: 1 },
    ]);
    expect(await afterQuietDay('nobody-for-a-day@test.caf-benchmark.pl')).toEqual(real);
  });

  it('prunes the rows of addresses idle for a day on later sign-ins, whoever signs in', async () => {
    const idle = ['idle-1@test.caf-benchmark.pl', 'idle-2@test.caf-benchmark.pl'];
    const recent = 'recent@test.caf-benchmark.pl';
    for (const email of [...idle, recent]) {
      await attempt(email);
    }
    await Promise.all(idle.map(quietDay));
    const kept = async () =>
      (
        await api.db.dataSource.query(
          `SELECT count(*)::int AS n FROM sign_in_throttle
            WHERE email_hash = ANY(ARRAY[sha256(convert_to($1, 'UTF8')), sha256(convert_to($2, 'UTF8')),
                                         sha256(convert_to($3, 'UTF8'))])`,
          [...idle, recent],
        )
      )[0].n;
    expect(await kept()).toBe(3);
    await attempt('someone-else@test.caf-benchmark.pl');
    expect(await kept()).toBe(1);
  });
});
