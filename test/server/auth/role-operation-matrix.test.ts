import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { UserRole } from '@caf/schema';
import type { OfficeEntity, ProgrammeEntity } from '@caf/db';
import { SCHEMA_FILE } from '../../../server/src/schema';
import { type Gql, signInAs, startTestApi, type TestApi } from '../../support/api';
import { addParticipants, createOffice, createProgramme, createUser } from '../../support/fixtures';

type Actor = 'ANONYMOUS' | UserRole;
const ACTORS: Actor[] = [
  'ANONYMOUS',
  'ADMIN',
  'PROGRAMME_LEADER',
  'OFFICE_EDITOR',
  'OFFICE_VIEWER',
  'MINISTRY_ANALYST',
];

/**
 * PUBLIC: anyone (`@Authorized(PUBLIC)`); SIGNED_IN: any session, even one without a role
 * (`@Authorized()`); else the roles that may call it.
 */
type Rule = 'PUBLIC' | 'SIGNED_IN' | readonly UserRole[];
/** Benchmarks need some role: a bare account (all roles revoked) sees none. */
const ANY_ROLE: readonly UserRole[] = [
  'ADMIN',
  'PROGRAMME_LEADER',
  'OFFICE_EDITOR',
  'OFFICE_VIEWER',
  'MINISTRY_ANALYST',
];

interface World {
  programme: ProgrammeEntity;
  office: OfficeEntity;
  outsider: OfficeEntity;
  /** The office an actor belongs to, where it has one: office operations are called on it. */
  ownOffice: Partial<Record<Actor, string>>;
}

interface Operation {
  rule: Rule;
  /** A valid call of the operation; fixtures are made fresh per call where it changes state. */
  call(
    world: World,
    api: TestApi,
    actor: Actor,
  ): Promise<{ query: string; variables?: Record<string, unknown> }>;
}

const newUser = async (api: TestApi) =>
  createUser(api.db.dataSource, [{ role: 'MINISTRY_ANALYST' }]);

/**
 * Every query and mutation with who may call it. A new operation without an entry here fails
 * the first test below — deciding its rule is part of adding it.
 */
const OPERATIONS: Record<string, Operation> = {
  appInfo: { rule: 'PUBLIC', call: async () => ({ query: '{ appInfo { syntheticData } }' }) },
  cafCatalogue: { rule: 'PUBLIC', call: async () => ({ query: '{ cafCatalogue { code } }' }) },
  scoringPanels: { rule: 'PUBLIC', call: async () => ({ query: '{ scoringPanels { code } }' }) },
  me: { rule: 'PUBLIC', call: async () => ({ query: '{ me { id } }' }) },
  signIn: {
    rule: 'PUBLIC',
    call: async (_w, api) => ({
      query:
        'mutation ($e: String!) { signIn(email: $e, password: "correct-horse-battery") { id } }',
      variables: { e: (await newUser(api)).email },
    }),
  },
  acceptInvitation: {
    rule: 'PUBLIC',
    call: async () => ({
      query:
        'mutation { acceptInvitation(token: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", password: "x") { id } }',
    }),
  },
  signOut: { rule: 'PUBLIC', call: async () => ({ query: 'mutation { signOut }' }) },
  offices: { rule: 'SIGNED_IN', call: async () => ({ query: '{ offices { totalItems } }' }) },
  office: {
    rule: 'SIGNED_IN',
    call: async w => ({
      query: 'query ($id: ID!) { office(id: $id) { name } }',
      variables: { id: w.office.id },
    }),
  },
  programmes: { rule: 'SIGNED_IN', call: async () => ({ query: '{ programmes { name } }' }) },
  programme: {
    rule: 'SIGNED_IN',
    call: async w => ({
      query: 'query ($id: ID!) { programme(id: $id) { name } }',
      variables: { id: w.programme.id },
    }),
  },
  benchmark: {
    rule: ANY_ROLE,
    call: async () => ({
      query: '{ benchmark(group: { jstType: GMINA_WIEJSKA }, cycleYear: 2024) { n } }',
    }),
  },
  benchmarkDistribution: {
    rule: ANY_ROLE,
    call: async () => ({
      query: '{ benchmarkDistribution(group: {}, cycleYear: 2024, key: "INDEX") { n } }',
    }),
  },
  benchmarkTrend: {
    rule: ANY_ROLE,
    call: async () => ({
      query: '{ benchmarkTrend(group: {}, key: "1", cycles: [2022, 2024]) { n } }',
    }),
  },
  benchlearningPartnerships: {
    rule: ['OFFICE_EDITOR', 'OFFICE_VIEWER'],
    call: async (w, _api, actor) => ({
      query: 'query ($o: ID!) { benchlearningPartnerships(officeId: $o) { mutual } }',
      variables: { o: w.ownOffice[actor] ?? w.office.id },
    }),
  },
  officeScores: {
    rule: ['OFFICE_EDITOR', 'OFFICE_VIEWER'],
    call: async (w, _api, actor) => ({
      query: 'query ($o: ID!) { officeScores(officeId: $o, cycleYear: 2024) { cafVersion } }',
      variables: { o: w.ownOffice[actor] ?? w.office.id },
    }),
  },
  grantBenchlearningConsent: {
    rule: ['OFFICE_EDITOR'],
    call: async w => ({
      query:
        'mutation ($o: ID!, $p: ID!) { grantBenchlearningConsent(officeId: $o, partnerOfficeId: $p) { mutual } }',
      variables: { o: w.office.id, p: w.outsider.id },
    }),
  },
  revokeBenchlearningConsent: {
    rule: ['OFFICE_EDITOR'],
    call: async w => ({
      query:
        'mutation ($o: ID!, $p: ID!) { revokeBenchlearningConsent(officeId: $o, partnerOfficeId: $p) { mutual } }',
      variables: { o: w.office.id, p: w.outsider.id },
    }),
  },
  cycleReleases: {
    rule: ANY_ROLE,
    call: async () => ({ query: '{ cycleReleases { cycleYear } }' }),
  },
  releaseCycle: {
    rule: ['ADMIN'],
    call: async () => ({ query: 'mutation { releaseCycle(cycleYear: 2030) { offices } }' }),
  },
  releaseJob: {
    rule: ['ADMIN'],
    call: async () => ({
      query: '{ releaseJob(id: "00000000-0000-4000-8000-000000000000") { status } }',
    }),
  },
  releaseJobs: { rule: ['ADMIN'], call: async () => ({ query: '{ releaseJobs { status } }' }) },
  updateProgrammeDisclosure: {
    rule: ['ADMIN'],
    call: async w => ({
      query:
        'mutation ($p: ID!) { updateProgrammeDisclosure(programmeId: $p, minGroupSize: 5) { minGroupSize } }',
      variables: { p: w.programme.id },
    }),
  },
  users: { rule: ['ADMIN'], call: async () => ({ query: '{ users { totalItems } }' }) },
  auditLog: { rule: ['ADMIN'], call: async () => ({ query: '{ auditLog { totalItems } }' }) },
  inviteUser: {
    rule: ['ADMIN'],
    call: async () => ({
      query:
        'mutation ($e: String!) { inviteUser(input: { email: $e, displayName: "Nowa Osoba", roles: [{ role: MINISTRY_ANALYST }] }) { invitationUrl } }',
      variables: { e: `invited-${Math.random().toString(36).slice(2)}@test.caf-benchmark.pl` },
    }),
  },
  assignRole: {
    rule: ['ADMIN'],
    call: async (w, api) => ({
      query:
        'mutation ($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: OFFICE_VIEWER, officeId: $o }) { id } }',
      variables: { u: (await newUser(api)).id, o: w.office.id },
    }),
  },
  revokeRole: {
    rule: ['ADMIN'],
    call: async (_w, api) => {
      const user = await newUser(api);
      const [{ id }] = await api.db.dataSource.query(
        'SELECT id FROM role_assignment WHERE user_id = $1',
        [user.id],
      );
      return { query: 'mutation ($id: ID!) { revokeRole(id: $id) { id } }', variables: { id } };
    },
  },
  deactivateUser: {
    rule: ['ADMIN'],
    call: async (_w, api) => ({
      query: 'mutation ($u: ID!) { deactivateUser(userId: $u, version: 1) { status } }',
      variables: { u: (await newUser(api)).id },
    }),
  },
  reactivateUser: {
    rule: ['ADMIN'],
    call: async (_w, api) => {
      const user = await newUser(api);
      await api.db.dataSource.query(`UPDATE app_user SET status = 'DEACTIVATED' WHERE id = $1`, [
        user.id,
      ]);
      return {
        query: 'mutation ($u: ID!) { reactivateUser(userId: $u, version: 1) { status } }',
        variables: { u: user.id },
      };
    },
  },
  revokeSessions: {
    rule: ['ADMIN'],
    call: async (_w, api) => ({
      query: 'mutation ($u: ID!) { revokeSessions(userId: $u) }',
      variables: { u: (await newUser(api)).id },
    }),
  },
};

/** Fields of object types that carry a rule of their own (stricter than their parent's). */
const GUARDED_FIELDS: Record<string, Rule> = {
  'Programme.assessmentCycles': ANY_ROLE,
  'Programme.criterionStatistics': ANY_ROLE,
  'Programme.submissions': ['PROGRAMME_LEADER', 'ADMIN'],
  'User.roles': ['ADMIN'],
};

const ruleOf = (roles: readonly string[]): Rule =>
  roles.includes('PUBLIC') ? 'PUBLIC' : roles.length === 0 ? 'SIGNED_IN' : (roles as UserRole[]);
const normalised = (rule: Rule): Rule => (typeof rule === 'string' ? rule : [...rule].sort());

/**
 * The rule each handler declares with @Authorized (on the method, else on its resolver class),
 * read from type-graphql's metadata: what the server enforces before any service code runs, so a
 * loosened gate shows here even when a service's own scope check still refuses the call.
 */
function declaredRules(): Record<string, Rule> {
  const storage = getMetadataStorage();
  const rolesOf = (target: Function, method: string): readonly string[] | undefined =>
    (
      storage.authorizedFields.find(f => f.target === target && f.fieldName === method) ??
      storage.authorizedResolver.find(r => r.target === target)
    )?.roles;
  const typeName = (target: Function): string => {
    // A resolver class names its object type; a field resolver inside an object type is its own.
    const objectType =
      storage.resolverClasses.find(r => r.target === target)?.getObjectType() ?? target;
    return storage.objectTypes.find(o => o.target === objectType)?.name ?? objectType.name;
  };
  const handlers = [
    ...storage.queries.map(h => ({ h, name: `Query.${h.schemaName}` })),
    ...storage.mutations.map(h => ({ h, name: `Mutation.${h.schemaName}` })),
    ...storage.fieldResolvers.map(h => ({ h, name: `${typeName(h.target)}.${h.schemaName}` })),
  ];
  return Object.fromEntries(
    handlers.flatMap(({ h, name }) => {
      const roles = rolesOf(h.target, h.methodName);
      return roles ? [[name, ruleOf(roles)]] : [];
    }),
  );
}

const allowed = (rule: Rule, actor: Actor): boolean =>
  rule === 'PUBLIC' || (actor !== 'ANONYMOUS' && (rule === 'SIGNED_IN' || rule.includes(actor)));

describe('role × operation matrix', () => {
  let api: TestApi;
  let world: World;
  const clients = new Map<Actor, () => Promise<Gql>>();

  beforeAll(async () => {
    api = await startTestApi();
    const ds = api.db.dataSource;
    const programme = await createProgramme(ds);
    const office = await createOffice(ds);
    const outsider = await createOffice(ds);
    await addParticipants(ds, programme, [office]);
    world = {
      programme,
      office,
      outsider,
      ownOffice: { OFFICE_EDITOR: office.id, OFFICE_VIEWER: outsider.id },
    };
    const grants: Record<UserRole, Parameters<typeof signInAs>[1]> = {
      ADMIN: [{ role: 'ADMIN' }],
      PROGRAMME_LEADER: [{ role: 'PROGRAMME_LEADER', programmeId: programme.id }],
      OFFICE_EDITOR: [{ role: 'OFFICE_EDITOR', officeId: office.id }],
      OFFICE_VIEWER: [{ role: 'OFFICE_VIEWER', officeId: outsider.id }],
      MINISTRY_ANALYST: [{ role: 'MINISTRY_ANALYST' }],
    };
    clients.set('ANONYMOUS', async () => api.gql);
    for (const role of Object.keys(grants) as UserRole[]) {
      const user = await createUser(ds, grants[role]);
      // A fresh session per call: signOut in the matrix must not end the others.
      clients.set(role, async () => (await api.signIn(user.email, 'correct-horse-battery')).gql);
    }
  });
  afterAll(() => api.close());

  it('has a rule for every query and mutation in the schema', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap(type =>
      Object.keys(type?.getFields() ?? {}),
    );
    expect(operations.sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it('declares exactly the expected rule on every operation and guarded field', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const expected: Record<string, Rule> = { ...GUARDED_FIELDS };
    for (const [name, { rule }] of Object.entries(OPERATIONS)) {
      expected[`${schema.getQueryType()!.getFields()[name] ? 'Query' : 'Mutation'}.${name}`] = rule;
    }
    const normalise = (rules: Record<string, Rule>) =>
      Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, normalised(rule)]));
    expect(normalise(declaredRules())).toEqual(normalise(expected));
  });

  const cases = Object.entries(OPERATIONS).flatMap(([name, operation]) =>
    ACTORS.map(
      actor =>
        [name, actor, allowed(operation.rule, actor) ? 'allowed' : 'denied', operation] as const,
    ),
  );

  it.each(cases)('%s as %s is %s', async (_name, actor, verdict, operation) => {
    const gql = await clients.get(actor)!();
    const { query, variables } = await operation.call(world, api, actor);
    const result = await gql(query, variables);
    const code = result.errors?.[0]?.extensions?.code;
    if (verdict === 'allowed') {
      expect(['UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR']).not.toContain(
        code ?? 'none',
      );
    } else {
      expect(code).toBe(actor === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ''] ?? null).toBeNull();
    }
  });

  it.each([
    ['ANONYMOUS', 'UNAUTHENTICATED'],
    ['ADMIN', null],
    ['MINISTRY_ANALYST', null],
    ['PROGRAMME_LEADER', null],
    ['OFFICE_EDITOR', null],
    ['OFFICE_VIEWER', 'FORBIDDEN'],
  ] as const)('programme statistics as %s: %s', async (actor, expected) => {
    const gql = await clients.get(actor)!();
    const result = await gql(
      'query ($id: ID!) { programme(id: $id) { criterionStatistics(cycleYear: 2024) { minGroupSize } } }',
      {
        id: world.programme.id,
      },
    );
    expect(result.errors?.[0]?.extensions?.code ?? null).toBe(expected);
  });

  it('gives an account without any role no benchmarks at all', async () => {
    const bare = await createUser(api.db.dataSource, []);
    const session = await api.signIn(bare.email, 'correct-horse-battery');
    const result = await session.gql('{ benchmark(group: {}, cycleYear: 2024) { n } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('denies a leader the statistics of a programme they do not lead', async () => {
    const other = await createProgramme(api.db.dataSource);
    const leader = await clients.get('PROGRAMME_LEADER')!();
    const result = await leader(
      'query ($id: ID!) { programme(id: $id) { criterionStatistics(cycleYear: 2024) { n: minGroupSize } } }',
      {
        id: other.id,
      },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
