import {
  type DocumentNode,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  type GraphQLSchema,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
} from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import * as clientDocuments from '../../../client/src/gql/graphql';
import { BENCHMARK_COST } from '../../../server/src/graphql/field-costs';
import { LIST_BOUNDS, MAX_OFFICES } from '../../../server/src/graphql/list-bounds';
import { QUERY_LIMITS, queryCost, queryLimits } from '../../../server/src/graphql/query-limits';
import { buildAppSchema } from '../../../server/src/schema';
import { MAX_PAGE_SIZE } from '../../../server/src/shared/paginated.type';

/** The documents the client sends, as codegen compiled them (fragments included). */
const operations = Object.entries(clientDocuments).flatMap(([name, value]) => {
  const document = value as { kind?: string; definitions?: { kind: string }[] };
  return document.kind === Kind.DOCUMENT &&
    document.definitions?.some(d => d.kind === Kind.OPERATION_DEFINITION)
    ? [{ name, document: value as unknown as DocumentNode }]
    : [];
});

/** The largest page wherever a variable picks the page size; placeholders elsewhere. */
function worstCaseVariables(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  const placeholder: Record<string, unknown> = {
    Int: MAX_PAGE_SIZE,
    ID: '00000000-0000-4000-8000-000000000000',
    String: 'x',
    InviteUserInput: { email: 'a@example.pl', displayName: 'Anna', roles: [] },
    AssignRoleInput: { userId: '00000000-0000-4000-8000-000000000000', role: 'ADMIN' },
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map(definition => [
      definition.variable.name.value,
      placeholder[getNamedType(typeFromAST(schema, definition.type))?.name ?? ''],
    ]),
  );
}

const ISSUE_DOCUMENT = `{ programmes { participants { office { participations { programme {
  participants { office { participations { programme { participants { office { name } } } } } } } } } } } }`;

describe('query limits', () => {
  let schema: GraphQLSchema;
  const { validationRules } = queryLimits(true);
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  const limitErrors = (document: DocumentNode) =>
    validate(schema, document, [...specifiedRules, ...validationRules]).map(e => e.message);

  it('prices every list field of the schema deliberately', () => {
    const lists = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter(type => !type.name.startsWith('__'))
      .flatMap(type =>
        Object.values(type.getFields())
          .filter(field => isListType(getNullableType(field.type)))
          .map(field => `${type.name}.${field.name}`),
      );
    expect(lists.filter(field => !(field in LIST_BOUNDS))).toEqual([]);
    expect(Object.keys(LIST_BOUNDS).filter(field => !lists.includes(field))).toEqual([]);
  });

  it('finds the client operations', () => {
    expect(operations.map(o => o.name)).toEqual(
      expect.arrayContaining(['ProgrammeParticipantsDocument', 'UsersDocument', 'MeDocument']),
    );
  });

  it.each(operations.map(o => [o.name, o.document] as const))(
    'lets the client send %s, with its largest pages',
    (_name, document) => {
      expect(limitErrors(document)).toEqual([]);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )!;
      expect(
        queryCost(schema, document, worstCaseVariables(schema, operation)),
      ).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    },
  );

  it('sets the depth limit to what the client needs, no more', () => {
    const oneLess = maxDepthRule({
      n: QUERY_LIMITS.maxDepth - 1,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [(context, error) => context?.reportError(error)],
    });
    const needed = operations.filter(
      ({ document }) => validate(schema, document, [oneLess]).length,
    );
    expect(needed.map(o => o.name)).toContain('ProgrammeParticipantsDocument');
  });

  it('multiplies nested lists: the document of the issue costs billions', () => {
    expect(limitErrors(parse(ISSUE_DOCUMENT))).toEqual([
      expect.stringMatching(/depth limit of 6 exceeded, found 12/),
    ]);
    const shallow = parse(
      '{ programmes { participants { office { participations { programme { participants { office { name } } } } } } } }',
    );
    expect(queryCost(schema, shallow)).toBeGreaterThan(MAX_OFFICES * MAX_OFFICES);
  });

  it('reads page sizes from arguments and variables', () => {
    const page = parse('query ($take: Int!) { offices(take: $take) { items { name } } }');
    expect(queryCost(schema, page, { take: 10 })).toBe(1 + 10 * 2);
    expect(queryCost(schema, page, { take: 100 })).toBe(1 + 100 * 2);
    expect(queryCost(schema, parse('{ offices { totalItems } }'))).toBe(1 + 20 * 1);
  });

  it('prices a take outside 1..MAX_PAGE_SIZE as the largest page, so no field costs below 0', () => {
    const page = parse('query ($take: Int!) { offices(take: $take) { items { name } } }');
    for (const take of [-2_000_000_000, -1, 0, MAX_PAGE_SIZE + 1]) {
      expect(queryCost(schema, page, { take })).toBe(1 + MAX_PAGE_SIZE * 2);
    }
    const expensive =
      'offices(take: 100) { items { participations { programme { participants { role } } } } }';
    const alone = queryCost(schema, parse(`{ ${expensive} }`));
    expect(alone).toBeGreaterThan(QUERY_LIMITS.maxCost);
    const withNegative = parse(`{ ${expensive} neg: offices(take: -2000000000) { items { id } } }`);
    expect(queryCost(schema, withNegative)).toBeGreaterThan(alone);
  });

  const benchmark = (alias: string) =>
    `${alias}: benchmark(cycleYear: 2024, group: { programmeId: "p" }) { n }`;
  const aliased = (count: number, field: (alias: string) => string) =>
    parse(`{ ${Array.from({ length: count }, (_, i) => field(`a${i}`)).join(' ')} }`);

  it('prices a benchmark by its SQL work: a document may ask for 15 to 20 of them', () => {
    const one = queryCost(schema, aliased(1, benchmark));
    expect(one).toBeGreaterThanOrEqual(BENCHMARK_COST);
    const most = Math.floor(QUERY_LIMITS.maxCost / one);
    expect(most).toBeGreaterThanOrEqual(15);
    expect(most).toBeLessThanOrEqual(20);
    expect(queryCost(schema, aliased(most, benchmark))).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    expect(queryCost(schema, aliased(most + 1, benchmark))).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });

  it('prices a trend per cycle and the programme statistics per programme', () => {
    const trend = (cycles: number) =>
      queryCost(
        schema,
        parse(`query ($c: [Int!]!) { benchmarkTrend(cycles: $c, group: { programmeId: "p" },
          key: "INDEX") { mean } }`),
        { c: Array.from({ length: cycles }, (_, i) => 2000 + i) },
      );
    // Half a benchmark per cycle.
    expect(trend(10)).toBeGreaterThanOrEqual(5 * BENCHMARK_COST);
    expect(trend(1)).toBeLessThan(BENCHMARK_COST);
    // The reviewer's fan-out: 15 aliases of every programme's statistics, up to 750 benchmarks.
    const statistics = (alias: string) =>
      `${alias}: programmes { criterionStatistics(cycleYear: 2024) { criteria { mean } } }`;
    expect(queryCost(schema, aliased(1, statistics))).toBeGreaterThan(QUERY_LIMITS.maxCost);
    const single =
      '{ programme(id: "p") { criterionStatistics(cycleYear: 2024) { criteria { mean } } } }';
    expect(queryCost(schema, parse(single))).toBeGreaterThanOrEqual(BENCHMARK_COST);
  });

  it('lets the development sandbox introspect the schema', () => {
    const introspection = parse(getIntrospectionQuery(), queryLimits(false).parseOptions);
    expect(limitErrors(introspection)).toEqual([]);
    expect(queryCost(schema, introspection)).toBe(0);
  });

  it('costs nothing for __typename but counts its aliases', () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ');
    expect(queryCost(schema, parse(`{ ${aliases} }`))).toBe(0);
    expect(limitErrors(parse(`{ ${aliases} }`))).toEqual([
      'Aliases limit of 15 exceeded, found 16.',
    ]);
  });
});
