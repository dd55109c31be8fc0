import { type Session, signInAs, startTestApi, type TestApi } from '../../support/api';
import { createOffice, createProgramme, createUser } from '../../support/fixtures';

const INVITE = `mutation ($input: InviteUserInput!) {
  inviteUser(input: $input) { invitationUrl expiresAt user { id email status version roles { role programme { name } office { name } } } }
}`;

describe('admin user management', () => {
  let api: TestApi;
  let admin: Session;
  let adminId: string;
  beforeAll(async () => {
    api = await startTestApi();
    admin = await signInAs(api, [{ role: 'ADMIN' }]);
    adminId = (await admin.gql<{ me: { id: string } }>('{ me { id } }')).data!.me.id;
  });
  afterAll(() => api.close());

  const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code;

  it('invites a user with a one-time link that activates the account and signs them in', async () => {
    const programme = await createProgramme(api.db.dataSource);
    const invited = await admin.gql<{
      inviteUser: { invitationUrl: string; user: { id: string; status: string; roles: unknown[] } };
    }>(INVITE, {
      input: {
        email: 'Nowy.Lider@Example.pl',
        displayName: 'Nowy Lider',
        roles: [{ role: 'PROGRAMME_LEADER', programmeId: programme.id }],
      },
    });
    expect(invited.errors).toBeUndefined();
    const { invitationUrl, user } = invited.data!.inviteUser;
    expect(user).toMatchObject({
      status: 'INVITED',
      roles: [{ role: 'PROGRAMME_LEADER', programme: { name: programme.name }, office: null }],
    });
    const token = new URL(invitationUrl).searchParams.get('invitation')!;
    expect(invitationUrl.startsWith(api.url)).toBe(true);

    const tooShort = await api.gql(
      'mutation ($t: String!) { acceptInvitation(token: $t, password: "short") { id } }',
      { t: token },
    );
    expect(codeOf(tooShort)).toBe('BAD_USER_INPUT');
    const accepted = await api.gql<{
      acceptInvitation: { email: string; roles: { role: string }[] };
    }>(
      'mutation ($t: String!) { acceptInvitation(token: $t, password: "a-long-enough-password") { email roles { role } } }',
      { t: token },
    );
    expect(accepted.data!.acceptInvitation).toEqual({
      email: 'nowy.lider@example.pl',
      roles: [{ role: 'PROGRAMME_LEADER' }],
    });
    const reused = await api.gql(
      'mutation ($t: String!) { acceptInvitation(token: $t, password: "a-long-enough-password") { id } }',
      { t: token },
    );
    expect(codeOf(reused)).toBe('BAD_USER_INPUT');
    await expect(
      api.signIn('nowy.lider@example.pl', 'a-long-enough-password'),
    ).resolves.toBeDefined();
  });

  it('rejects a duplicate e-mail with CONFLICT and a role without its scope with field errors', async () => {
    const existing = await createUser(api.db.dataSource, []);
    const duplicate = await admin.gql(INVITE, {
      input: { email: existing.email, displayName: 'X Y', roles: [] },
    });
    expect(codeOf(duplicate)).toBe('CONFLICT');
    const unscoped = await admin.gql(INVITE, {
      input: { email: 'a@b.pl', displayName: 'A B', roles: [{ role: 'OFFICE_EDITOR' }] },
    });
    expect(codeOf(unscoped)).toBe('BAD_USER_INPUT');
    expect(unscoped.errors![0]!.extensions!.fieldErrors).toEqual([
      { field: 'roles.0.officeId', message: 'is required for OFFICE_EDITOR' },
    ]);
    const [{ count }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS count FROM app_user WHERE email = 'a@b.pl'`,
    );
    expect(count).toBe(0); // nothing half-written
  });

  it('assigns and revokes scoped roles, refusing duplicates and the last admin role', async () => {
    const office = await createOffice(api.db.dataSource);
    const user = await createUser(api.db.dataSource, []);
    const assign = () =>
      admin.gql(
        'mutation ($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: OFFICE_EDITOR, officeId: $o }) { roles { id role office { name } } } }',
        {
          u: user.id,
          o: office.id,
        },
      );
    const first = await assign();
    expect(first.errors).toBeUndefined();
    expect(codeOf(await assign())).toBe('CONFLICT');
    const missingOffice = await admin.gql(
      'mutation ($u: ID!) { assignRole(input: { userId: $u, role: OFFICE_VIEWER, officeId: "2f1c8a7e-0000-4000-8000-000000000000" }) { id } }',
      {
        u: user.id,
      },
    );
    expect(codeOf(missingOffice)).toBe('NOT_FOUND');

    const [{ id: adminGrant }] = await api.db.dataSource.query(
      `SELECT id FROM role_assignment WHERE user_id = $1`,
      [adminId],
    );
    expect(
      codeOf(
        await admin.gql('mutation ($id: ID!) { revokeRole(id: $id) { id } }', { id: adminGrant }),
      ),
    ).toBe('CONFLICT');
  });

  it('uses optimistic locking on account changes and never lets admins lock themselves out', async () => {
    const user = await createUser(api.db.dataSource, []);
    const deactivate = (version: number) =>
      admin.gql(
        'mutation ($u: ID!, $v: Int!) { deactivateUser(userId: $u, version: $v) { status version } }',
        { u: user.id, v: version },
      );
    expect((await deactivate(1)).data).toEqual({
      deactivateUser: { status: 'DEACTIVATED', version: 2 },
    });
    const stale = await deactivate(1);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(2);
    const self = await admin.gql(
      'mutation ($u: ID!) { deactivateUser(userId: $u, version: 1) { status } }',
      { u: adminId },
    );
    expect(codeOf(self)).toBe('BAD_USER_INPUT');
  });

  it('withdraws an unused invitation by deactivating the invited account', async () => {
    const invited = await admin.gql<{
      inviteUser: { invitationUrl: string; user: { id: string } };
    }>(INVITE, {
      input: { email: 'withdrawn@example.pl', displayName: 'Cofnięte Zaproszenie', roles: [] },
    });
    const { invitationUrl, user } = invited.data!.inviteUser;
    const deactivated = await admin.gql(
      'mutation ($u: ID!) { deactivateUser(userId: $u, version: 1) { status } }',
      { u: user.id },
    );
    expect(deactivated.data).toEqual({ deactivateUser: { status: 'DEACTIVATED' } });
    const token = new URL(invitationUrl).searchParams.get('invitation')!;
    const accept = await api.gql(
      'mutation ($t: String!) { acceptInvitation(token: $t, password: "a-long-enough-password") { id } }',
      { t: token },
    );
    expect(codeOf(accept)).toBe('CONFLICT');
    const reactivate = await admin.gql(
      'mutation ($u: ID!) { reactivateUser(userId: $u, version: 2) { status } }',
      { u: user.id },
    );
    expect(codeOf(reactivate)).toBe('CONFLICT');
  });

  it('records every change in an append-only audit log with before and after, filterable', async () => {
    const user = await createUser(api.db.dataSource, []);
    await admin.gql('mutation ($u: ID!) { deactivateUser(userId: $u, version: 1) { status } }', {
      u: user.id,
    });
    const log = await admin.gql<{
      auditLog: {
        totalItems: number;
        items: { action: string; actorUserId: string; before: object; after: object }[];
      };
    }>(
      'query ($f: AuditLogFilter) { auditLog(filter: $f) { totalItems items { action actorUserId entityId before after } } }',
      { f: { entityId: user.id, action: 'user.deactivate' } },
    );
    expect(log.data!.auditLog.items).toEqual([
      expect.objectContaining({
        action: 'user.deactivate',
        actorUserId: adminId,
        before: { status: 'ACTIVE' },
        after: { status: 'DEACTIVATED', revokedSessions: 0 },
      }),
    ]);
    await expect(api.db.dataSource.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(api.db.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(api.db.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [{ leaked }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS leaked FROM audit_log WHERE before::text ~ 'password|token_?hash' OR after::text ~* 'password|tokenhash'`,
    );
    expect(leaked).toBe(0);
  });
});

describe('audited CSV exports', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ demo: true });
  });
  afterAll(() => api.close());

  it("exports a programme's participants for signed-in users, as Excel-ready CSV, and logs it", async () => {
    const [{ id }] = await api.db.dataSource.query(
      `SELECT id FROM programme WHERE code = 'dzierzoniow-2009'`,
    );
    const anonymous = await fetch(`${api.url}/export/programmes/${id}/participants.csv`);
    expect(anonymous.status).toBe(401);
    const leader = await signInAs(api, [{ role: 'PROGRAMME_LEADER', programmeId: id }]);
    const response = await fetch(`${api.url}/export/programmes/${id}/participants.csv?lang=pl`, {
      headers: { cookie: leader.cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/urzedy-dzierzoniow-2009\.csv/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'Urząd;Rola;Typ JST;Województwo;TERYT;Liczba mieszkańców;Status ISO 9001;Norma;Certyfikat ważny do;Skuteczny Użytkownik CAF;Wyróżnienie ważne do',
    );
    expect(
      lines.find(line =>
        line.startsWith('Urząd Miasta Dzierżoniów;lider;gmina miejska;dolnośląskie;0202021;'),
      ),
    ).toBeDefined();
    const [{ count }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'export.participants' AND entity_id = $1`,
      [id],
    );
    expect(count).toBe(1);
  });

  it('lets only admins export the audit log', async () => {
    const leader = await signInAs(api, [{ role: 'MINISTRY_ANALYST' }]);
    expect(
      (await fetch(`${api.url}/export/audit-log.csv`, { headers: { cookie: leader.cookie } }))
        .status,
    ).toBe(403);
    const admin = await signInAs(api, [{ role: 'ADMIN' }]);
    const bad = await fetch(`${api.url}/export/audit-log.csv?from=yesterday`, {
      headers: { cookie: admin.cookie },
    });
    expect(bad.status).toBe(400);
    const response = await fetch(`${api.url}/export/audit-log.csv?lang=en`, {
      headers: { cookie: admin.cookie },
    });
    expect(response.status).toBe(200);
    expect((await response.text()).split('\r\n')[0]).toBe(
      'Time;User;Action;Entity;Id;Before;After;IP address',
    );
  });
});
