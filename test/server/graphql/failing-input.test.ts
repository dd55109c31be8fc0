import { postGraphQL, signInAs, startTestApi, type Session, type TestApi } from '../../support/api';

interface Answer {
  status: number;
  body: {
    data?: unknown;
    errors?: {
      message: string;
      extensions?: { code?: string; fieldErrors?: { field: string; message: string }[] };
    }[];
  };
}

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'x\ud800y';

const INVITE = `mutation ($input: InviteUserInput!) {
  inviteUser(input: $input) { user { id displayName } } }`;

/** Bad bytes and bad names are BAD_USER_INPUT before any resolver runs, and nothing is written. */
describe('input refused before it reaches the database', () => {
  let api: TestApi;
  let admin: Session;
  beforeAll(async () => {
    api = await startTestApi();
    admin = await signInAs(api, [{ role: 'ADMIN' }]);
  });
  afterAll(() => api.close());

  const send = async (
    session: Session | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<Answer> => {
    // JSON.stringify writes a lone surrogate as the escape \ud800, as a browser would send it.
    const response = await postGraphQL(
      api.url,
      { query, variables },
      session ? { cookie: session.cookie } : {},
    );
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };

  const rows = async () =>
    (
      await api.db.dataSource.query(
        `SELECT (SELECT count(*) FROM app_user)::int AS users,
                (SELECT count(*) FROM audit_log)::int AS audit`,
      )
    )[0] as { users: number; audit: number };

  const expectRefused = (answer: Answer, field: string) => {
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field, message: expect.stringMatching(/NUL|surrogate/) }],
        }),
      }),
    ]);
  };

  const invite = (input: Record<string, unknown>) => ({
    email: 'nowy@example.pl',
    displayName: 'Anna Nowak',
    roles: [],
    ...input,
  });

  it.each([
    [
      'NUL in offices(filter.search)',
      'query ($s: String) { offices(filter: { search: $s }) { totalItems } }',
      { s: NUL },
      'filter.search',
    ],
    [
      'NUL in users(filter.search)',
      'query ($f: UserFilter) { users(filter: $f) { totalItems } }',
      { f: { search: NUL } },
      'filter.search',
    ],
    [
      'NUL in auditLog(filter.entityType)',
      'query ($f: AuditLogFilter) { auditLog(filter: $f) { totalItems } }',
      { f: { entityType: NUL } },
      'filter.entityType',
    ],
    [
      'NUL in auditLog(filter.entityId)',
      'query ($f: AuditLogFilter) { auditLog(filter: $f) { totalItems } }',
      { f: { entityId: NUL } },
      'filter.entityId',
    ],
    [
      'NUL in inviteUser.displayName',
      INVITE,
      { input: invite({ displayName: NUL }) },
      'input.displayName',
    ],
    [
      'a lone surrogate in inviteUser.email',
      INVITE,
      { input: invite({ email: `${LONE_SURROGATE}@example.pl` }) },
      'input.email',
    ],
    [
      'a lone surrogate in inviteUser.displayName',
      INVITE,
      { input: invite({ displayName: `Anna ${LONE_SURROGATE}` }) },
      'input.displayName',
    ],
    [
      'NUL in a string literal',
      '{ offices(filter: { search: "a\\u0000b" }) { totalItems } }',
      undefined,
      'filter.search',
    ],
  ])('refuses %s', async (_case, query, variables, field) => {
    const before = await rows();
    expectRefused(await send(admin, query, variables), field);
    expect(await rows()).toEqual(before);
  });

  it('refuses a lone surrogate in signIn.email from an anonymous visitor', async () => {
    const before = await rows();
    const answer = await send(
      null,
      'mutation ($e: String!) { signIn(email: $e, password: "whatever-it-is") { id } }',
      { e: `${LONE_SURROGATE}@example.pl` },
    );
    expectRefused(answer, 'email');
    expect(await rows()).toEqual(before);
  });

  it.each([
    ['only spaces', '   '],
    ['one letter among spaces', '  A  '],
    ['only zero-width characters', '\u200b\u200c\u200d\u2060'],
    ['a letter and a zero-width space', 'A\u200b'],
    ['a right-to-left override', 'Anna \u202eNowak'],
    ['a left-to-right isolate', 'Anna \u2066Nowak\u2069'],
    ['a right-to-left mark', 'Anna\u200fNowak'],
    ['an Arabic letter mark', 'Anna\u061cNowak'],
    ['a line break', 'Anna\nNowak'],
    ['a line separator', 'Anna\u2028Nowak'],
    ['a paragraph separator', 'Anna\u2029Nowak'],
    ['121 characters', 'A'.repeat(121)],
  ])('refuses a display name of %s', async (_case, displayName) => {
    const before = await rows();
    const answer = await send(admin, INVITE, { input: invite({ displayName }) });
    expect(answer.body.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'displayName', message: expect.any(String) }],
      }),
    );
    expect(await rows()).toEqual(before);
  });

  it('stores a name trimmed, and accepts Polish letters and combining marks', async () => {
    const answer = await send(admin, INVITE, {
      input: invite({ email: 'zofia@example.pl', displayName: '  Zofia Łęcka-Z\u0301\u0142  ' }),
    });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({
      inviteUser: { user: { id: expect.any(String), displayName: 'Zofia Łęcka-Z\u0301ł' } },
    });
  });

  it('counts spacing marks as visible: the Devanagari कि is a two-letter name', async () => {
    const answer = await send(admin, INVITE, {
      input: invite({ email: 'ki@example.pl', displayName: '\u0915\u093f' }),
    });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({
      inviteUser: { user: { id: expect.any(String), displayName: 'कि' } },
    });
  });

  it.each([
    ['entityId', encodeURIComponent(NUL)],
    ['entityType', encodeURIComponent(`type${NUL}`)],
    ['action', 'x'.repeat(101)],
  ])(
    'refuses a bad %s filter of the audit-log CSV export, and records no export',
    async (field, value) => {
      const before = await rows();
      const response = await fetch(`${api.url}/export/audit-log.csv?${field}=${value}`, {
        headers: { cookie: admin.cookie },
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual(expect.objectContaining({ error: 'BAD_USER_INPUT' }));
      expect(await rows()).toEqual(before);
    },
  );
});
