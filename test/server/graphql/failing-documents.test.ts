import { print } from 'graphql';
import { ProgrammeParticipantsDocument } from '../../../client/src/gql/graphql';
import {
  postGraphQL,
  signInDemo,
  startTestApi,
  type Session,
  type TestApi,
} from '../../support/api';

interface ErrorBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** GraphQL over HTTP: a document that fails to parse or validate is a 400 with a typed code. */
describe('documents refused before execution', () => {
  let api: TestApi;
  let session: Session;
  beforeAll(async () => {
    api = await startTestApi({ demo: true });
    session = await signInDemo(api, 'OFFICE_EDITOR');
  });
  afterAll(() => api.close());

  const send = async (query: string, variables?: Record<string, unknown>) => {
    const response = await postGraphQL(api.url, { query, variables }, { cookie: session.cookie });
    const body = (await response.json()) as ErrorBody;
    return { status: response.status, body, code: body.errors?.[0]?.extensions?.code };
  };

  const nested = (levels: string[], leaf: string) =>
    `{ ${levels.map(field => `${field} {`).join(' ')} ${leaf} ${'}'.repeat(levels.length)} }`;

  const chain = (length: number) =>
    [
      '{ ...F0 }',
      ...Array.from({ length }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`),
      `fragment F${length} on Query { appInfo { syntheticData } }`,
    ].join(' ');

  it.each([
    ['a syntax error', '{ appInfo { ', 'GRAPHQL_PARSE_FAILED', /Syntax Error/],
    [
      'more than 2000 tokens',
      `{ ${'appInfo { syntheticData } '.repeat(600)} }`,
      'GRAPHQL_PARSE_FAILED',
      /more (that|than) 2000 tokens/,
    ],
    [
      'nesting deeper than 6 fields',
      nested(['me', 'roles', 'office', 'participations', 'programme', 'participants'], 'role'),
      'GRAPHQL_VALIDATION_FAILED',
      /^Query depth limit of 6 exceeded, found 7/,
    ],
    [
      '16 aliases',
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: appInfo { syntheticData }`).join(' ')} }`,
      'GRAPHQL_VALIDATION_FAILED',
      /Aliases limit of 15 exceeded/,
    ],
    [
      '16 aliases of __typename',
      `{ ${Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ')} }`,
      'GRAPHQL_VALIDATION_FAILED',
      /Aliases limit of 15 exceeded/,
    ],
    [
      'a chain of 200 fragments',
      chain(200),
      'GRAPHQL_VALIDATION_FAILED',
      /Fragment nesting limit of 3 exceeded, found 201/,
    ],
  ])('answers 400 to %s', async (_case, query, code, message) => {
    const { status, body } = await send(query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(message),
        extensions: expect.objectContaining({ code }),
      }),
    ]);
  });

  it('answers 400 to the nested lists of the issue (depth) and prices their shallow form', async () => {
    const issue = nested(
      'programmes participants office participations programme participants office participations programme participants office'.split(
        ' ',
      ),
      'name',
    );
    expect(await send(issue)).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    // Six fields deep, so only the cost refuses it: 50 programmes × 3,000 offices × 50 programmes.
    const shallow = nested(
      ['programmes', 'participants', 'office', 'participations', 'programme'],
      'name',
    );
    const refused = await send(shallow);
    expect(refused).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(refused.body.errors![0]!.message).toMatch(/^Query cost limit of 100000 exceeded/);
  });

  it('prices a page by its take variable', async () => {
    // Each office costs about 2,650: up to 50 participations, each with its office's 50.
    const page = `query ($take: Int!) { offices(take: $take) { items { participations {
      office { participations { role } } } } } }`;
    const small = await send(page, { take: 1 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    const large = await send(page, { take: 100 });
    expect(large).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('prices a negative take as the largest page: it cannot cancel the rest of the document', async () => {
    const expensive = `offices(take: 100) { items { participations { programme {
      participants { role } } } } }`;
    const alone = await send(`{ ${expensive} }`);
    expect(alone).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    const cancelled = await send(
      `{ ${expensive} neg: offices(take: -2000000000) { items { id } } }`,
    );
    expect(cancelled).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(cancelled.body.errors![0]!.message).toMatch(/^Query cost limit of 100000 exceeded/);
  });

  it('prices benchmarks by their SQL work: no fan-out of hundreds per request', async () => {
    // 15 × 50 programmes' statistics: 750 benchmarks.
    const statistics = Array.from(
      { length: 15 },
      (_, i) => `s${i}: programmes { criterionStatistics(cycleYear: 2024) { criteria { mean } } }`,
    ).join(' ');
    // 15 trends of 3 cycles: 45 cycles of a group read.
    const trends = Array.from(
      { length: 15 },
      (_, i) => `t${i}: benchmarkTrend(cycles: [2022, 2023, 2024], group: { likeMine: true },
        key: "INDEX") { mean }`,
    ).join(' ');
    for (const query of [`{ ${statistics} }`, `{ ${trends} }`]) {
      const refused = await send(query);
      expect(refused).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(refused.body.errors![0]!.message).toMatch(/^Query cost limit of 100000 exceeded/);
    }
  });

  it('refuses a costly mutation before it changes anything', async () => {
    const [partner] = await api.db.dataSource.query(
      `SELECT id FROM office WHERE name <> 'Urząd Miasta Dzierżoniów' LIMIT 1`,
    );
    const [own] = await api.db.dataSource.query(
      `SELECT id FROM office WHERE name = 'Urząd Miasta Dzierżoniów'`,
    );
    const costly = `mutation ($o: ID!, $p: ID!) { grantBenchlearningConsent(officeId: $o,
      partnerOfficeId: $p) { partner { participations { programme { participants { role } } } } } }`;
    const consents = async () =>
      (await api.db.dataSource.query('SELECT count(*)::int AS n FROM benchlearning_consent'))[0].n;
    const before = await consents();
    const refused = await send(costly, { o: own.id, p: partner.id });
    expect(refused).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(await consents()).toBe(before);
  });

  it('lets through the costliest document the client sends', async () => {
    const [{ id }] = await api.db.dataSource.query(
      `SELECT id FROM programme ORDER BY name LIMIT 1`,
    );
    const { status, body } = await send(print(ProgrammeParticipantsDocument), { id });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});
