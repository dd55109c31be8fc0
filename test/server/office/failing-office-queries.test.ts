import { type Session, signInAs, startTestApi, type TestApi } from '../../support/api';

describe('offices query with bad input', () => {
  let api: TestApi;
  let session: Session;
  beforeAll(async () => {
    api = await startTestApi();
    session = await signInAs(api, [{ role: 'MINISTRY_ANALYST' }]);
  });
  afterAll(() => api.close());

  const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code;

  it('rejects a page larger than 100 with field errors', async () => {
    const result = await session.gql(`{ offices(take: 1000) { totalItems } }`);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.fieldErrors).toEqual([
      expect.objectContaining({ field: 'take' }),
    ]);
  });

  it('rejects an unknown voivodeship code', async () => {
    const result = await session.gql(
      `{ offices(filter: { voivodeshipCode: "03" }) { totalItems } }`,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.fieldErrors).toEqual([
      expect.objectContaining({ field: 'filter.voivodeshipCode' }),
    ]);
  });

  it('answers NOT_FOUND for an unknown office and BAD_USER_INPUT for a malformed id', async () => {
    const missing = await session.gql(
      `{ office(id: "2f1c8a7e-0000-4000-8000-000000000000") { name } }`,
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');
    const malformed = await session.gql(`{ office(id: "1; DROP TABLE office") { name } }`);
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
  });

  it('rejects an unknown enum value before any resolver runs', async () => {
    const result = await session.gql(`{ offices(filter: { jstType: GMINA }) { totalItems } }`);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
