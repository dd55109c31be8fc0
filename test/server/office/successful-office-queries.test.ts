import { type Session, signInDemo, startTestApi, type TestApi } from '../../support/api';

interface OfficePageData {
  offices: {
    totalItems: number;
    items: { name: string; jstType: string; teryt: string; voivodeship: { code: string } }[];
  };
}

const OFFICES = `
  query Offices($skip: Int, $take: Int, $filter: OfficeFilter) {
    offices(skip: $skip, take: $take, filter: $filter) {
      totalItems
      items { id name jstType teryt voivodeship { code name { pl en } } }
    }
  }`;

describe('offices query', () => {
  let api: TestApi;
  let session: Session;
  beforeAll(async () => {
    api = await startTestApi({ demo: true });
    session = await signInDemo(api, 'MINISTRY_ANALYST');
  });
  afterAll(() => api.close());

  it('pages through all offices with a stable total', async () => {
    const first = await session.gql<OfficePageData>(OFFICES, { take: 10 });
    const second = await session.gql<OfficePageData>(OFFICES, { skip: 10, take: 10 });
    const [{ count }] = await api.db.dataSource.query('SELECT count(*)::int AS count FROM office');
    expect(first.data!.offices.totalItems).toBe(count);
    expect(first.data!.offices.items).toHaveLength(10);
    expect(second.data!.offices.items).toHaveLength(10);
    const names = [...first.data!.offices.items, ...second.data!.offices.items].map(o => o.name);
    expect(new Set(names).size).toBe(20);
  });

  it('filters by voivodeship and JST type together', async () => {
    const result = await session.gql<OfficePageData>(OFFICES, {
      take: 100,
      filter: { voivodeshipCode: '12', jstType: 'GMINA_WIEJSKA' },
    });
    const items = result.data!.offices.items;
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(result.data!.offices.totalItems).toBe(items.length);
    expect(
      items.every(
        o => o.voivodeship.code === '12' && o.jstType === 'GMINA_WIEJSKA' && o.teryt.endsWith('2'),
      ),
    ).toBe(true);
  });

  it('searches names case-insensitively and treats % as text', async () => {
    const found = await session.gql<OfficePageData>(OFFICES, { filter: { search: 'dzierżoniów' } });
    expect(found.data!.offices.items.map(o => o.name)).toEqual(
      expect.arrayContaining(['Urząd Miasta Dzierżoniów', 'Urząd Gminy Dzierżoniów']),
    );
    const wildcard = await session.gql<OfficePageData>(OFFICES, { filter: { search: '%' } });
    expect(wildcard.data!.offices.totalItems).toBe(0);
  });

  it('returns one office by id with its public ISO and label status', async () => {
    const [{ id }] = await api.db.dataSource.query(`SELECT id FROM office WHERE teryt = '0202'`);
    const result = await session.gql<{
      office: {
        name: string;
        cafLabel: { status: string; validUntil: string };
        isoStatus: { status: string };
      };
    }>(
      `query ($id: ID!) { office(id: $id) { name cafLabel { status validUntil awardedBy } isoStatus { status } } }`,
      { id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.office.name).toBe('Starostwo Powiatowe w Dzierżoniowie');
    // Real fact from the sources: the Effective CAF User label was valid until January 2018.
    expect(result.data!.office.cafLabel).toMatchObject({
      status: 'EXPIRED',
      validUntil: '2018-01-15',
    });
  });
});
