import { type Session, signInDemo, startTestApi, type TestApi } from '../../support/api';

const OFFICES_WITH_RELATIONS = `
  query ($take: Int!) {
    offices(take: $take) {
      totalItems
      items {
        name
        voivodeship { code }
        participations { role programme { name } office { name } }
        isoStatus { status validUntil }
        cafLabel { status }
      }
    }
  }`;

describe('offices with programmes, ISO status and labels', () => {
  let api: TestApi;
  let session: Session;
  beforeAll(async () => {
    api = await startTestApi({ demo: true });
    session = await signInDemo(api, 'PROGRAMME_LEADER');
  });
  afterAll(() => api.close());

  async function statementsFor(take: number): Promise<number> {
    api.db.queries.reset();
    const result = await session.gql<{ offices: { items: unknown[] } }>(OFFICES_WITH_RELATIONS, {
      take,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.offices.items).toHaveLength(take);
    return api.db.queries.count;
  }

  it('costs the same constant number of SQL statements for 2 offices as for 50 (no N+1)', async () => {
    const few = await statementsFor(2);
    const many = await statementsFor(50);
    expect(many).toBe(few);
    // session, page + count, participations, programmes, offices (participation.office), ISO, labels
    expect(many).toBeLessThanOrEqual(8);
  });
});
