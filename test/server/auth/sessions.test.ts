import { postGraphQL, startTestApi, type TestApi } from '../../support/api';
import { createUser, TEST_PASSWORD } from '../../support/fixtures';

const SIGN_IN =
  'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id email roles { role } } }';

describe('sign-in and sessions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('sets an httpOnly, SameSite=Strict session cookie with an expiry, and stores only a hash', async () => {
    const user = await createUser(api.db.dataSource, [{ role: 'MINISTRY_ANALYST' }]);
    const response = await postGraphQL(api.url, {
      query: SIGN_IN,
      variables: { e: user.email.toUpperCase(), p: TEST_PASSWORD },
    });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^caf_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Expires=/);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const [{ stored }] = await api.db.dataSource.query(
      'SELECT count(*)::int AS stored FROM user_session WHERE token_hash = $1',
      [token],
    );
    expect(stored).toBe(0);
  });

  it('rejects a wrong password with UNAUTHENTICATED and the same message as an unknown e-mail', async () => {
    const user = await createUser(api.db.dataSource, [{ role: 'MINISTRY_ANALYST' }]);
    const wrong = await api.gql(SIGN_IN, { e: user.email, p: 'not-the-password' });
    const unknown = await api.gql(SIGN_IN, {
      e: 'nobody@test.caf-benchmark.pl',
      p: 'not-the-password',
    });
    expect(wrong.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
  });

  it('revokes the session on the server at sign-out: the old cookie no longer works', async () => {
    const user = await createUser(api.db.dataSource, [{ role: 'MINISTRY_ANALYST' }]);
    const session = await api.signIn(user.email, TEST_PASSWORD);
    expect((await session.gql<{ me: { id: string } }>('{ me { id } }')).data!.me.id).toBe(user.id);
    expect((await session.gql<{ signOut: boolean }>('mutation { signOut }')).data!.signOut).toBe(
      true,
    );
    expect((await session.gql('{ me { id } }')).data!.me).toBeNull();
    expect((await session.gql('{ offices { totalItems } }')).errors![0]!.extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('does not accept an expired session', async () => {
    const user = await createUser(api.db.dataSource, [{ role: 'MINISTRY_ANALYST' }]);
    const session = await api.signIn(user.email, TEST_PASSWORD);
    await api.db.dataSource.query(
      `UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [user.id],
    );
    expect((await session.gql('{ me { id } }')).data!.me).toBeNull();
  });

  it('ends every session of a deactivated user, and an admin can end sessions on demand', async () => {
    const admin = await api.signIn(
      (await createUser(api.db.dataSource, [{ role: 'ADMIN' }])).email,
      TEST_PASSWORD,
    );
    const user = await createUser(api.db.dataSource, [{ role: 'MINISTRY_ANALYST' }]);
    const first = await api.signIn(user.email, TEST_PASSWORD);
    const revoked = await admin.gql<{ revokeSessions: number }>(
      'mutation ($u: ID!) { revokeSessions(userId: $u) }',
      { u: user.id },
    );
    expect(revoked.data!.revokeSessions).toBe(1);
    expect((await first.gql('{ me { id } }')).data!.me).toBeNull();

    const second = await api.signIn(user.email, TEST_PASSWORD);
    const deactivated = await admin.gql(
      'mutation ($u: ID!) { deactivateUser(userId: $u, version: 1) { status version } }',
      { u: user.id },
    );
    expect(deactivated.errors).toBeUndefined();
    expect(deactivated.data).toEqual({ deactivateUser: { status: 'DEACTIVATED', version: 2 } });
    expect((await second.gql('{ me { id } }')).data!.me).toBeNull();
    const again = await api.gql(SIGN_IN, { e: user.email, p: TEST_PASSWORD });
    expect(again.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
