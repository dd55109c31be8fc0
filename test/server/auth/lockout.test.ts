import { LOCKOUT_THRESHOLD, lockMinutesAfter } from '../../../server/src/auth/sign-in-throttle';
import { signInAs, startTestApi, type TestApi } from '../../support/api';
import { createUser, TEST_PASSWORD } from '../../support/fixtures';

const SIGN_IN = 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }';

describe('account lockout', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it.each([
    [4, 0],
    [5, 1],
    [6, 2],
    [8, 8],
    [20, 60],
  ])(
    'after %i failures locks for %i minutes (doubling, capped at an hour)',
    (failures, minutes) => {
      expect(lockMinutesAfter(failures)).toBe(minutes);
    },
  );

  it(`locks after ${LOCKOUT_THRESHOLD} failures even for the right password, then lets the user in once the lock expires`, async () => {
    const user = await createUser(api.db.dataSource, []);
    for (let attempt = 1; attempt <= LOCKOUT_THRESHOLD; attempt += 1) {
      const result = await api.gql(SIGN_IN, { e: user.email, p: `wrong-${attempt}` });
      expect(result.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    const locked = await api.gql(SIGN_IN, { e: user.email, p: TEST_PASSWORD });
    expect(locked.errors![0]!.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(locked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(60);

    const [{ actions }] = await api.db.dataSource.query(
      `SELECT array_agg(action ORDER BY id) AS actions FROM audit_log WHERE entity_id = $1`,
      [user.id],
    );
    expect(actions).toEqual([...Array(LOCKOUT_THRESHOLD - 1).fill('session.reject'), 'user.lock']);
    const admin = await signInAs(api, [{ role: 'ADMIN' }]);
    const listed = await admin.gql<{ users: { items: { lockedUntil: string | null }[] } }>(
      'query ($s: String) { users(filter: { search: $s }) { items { lockedUntil } } }',
      { s: user.email },
    );
    expect(new Date(listed.data!.users.items[0]!.lockedUntil!).getTime()).toBeGreaterThan(
      Date.now(),
    );

    await api.db.dataSource.query(
      `UPDATE sign_in_throttle SET locked_until = now() - interval '1 second'
        WHERE email_hash = sha256(convert_to($1, 'UTF8'))`,
      [user.email],
    );
    const unlocked = await api.gql(SIGN_IN, { e: user.email, p: TEST_PASSWORD });
    expect(unlocked.errors).toBeUndefined();
    const [{ failures }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS failures FROM sign_in_throttle
        WHERE email_hash = sha256(convert_to($1, 'UTF8'))`,
      [user.email],
    );
    expect(failures).toBe(0);
  });

  it('checks at most one password more than the threshold in a burst of parallel guesses', async () => {
    const user = await createUser(api.db.dataSource, []);
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => api.gql(SIGN_IN, { e: user.email, p: `burst-${i}` })),
    );
    const codes = results.map(r => r.errors![0]!.extensions!.code);
    const [{ verified }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS verified FROM audit_log WHERE entity_id = $1 AND action IN ('session.reject', 'user.lock')`,
      [user.id],
    );
    expect(verified).toBeLessThanOrEqual(LOCKOUT_THRESHOLD + 1);
    expect(codes.filter(code => code === 'RATE_LIMITED').length).toBe(16 - verified);
  });
});
