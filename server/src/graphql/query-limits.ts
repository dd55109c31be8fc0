import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  getNullableType,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  isListType,
  type ValidationContext,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { maxFragmentNestingRule } from './fragment-nesting.rule';
import { MAX_PAGE_SIZE } from '../shared/paginated.type';
import { fieldCost } from './field-costs';
import { listBound } from './list-bounds';

/**
 * Limits on GraphQL documents, all checked before anything executes. Depth counts fields, not
 * fragments: the client's deepest operation (a programme's participants with their voivodeship
 * names) reaches 6, and its fragments nest 2 deep. Aliases include `__typename`. Cost: every
 * field costs 1 — or what its own SQL costs (field-costs.ts: a benchmark 6,000) — plus its
 * selection times the items it may return — `take` for pages, the bounds of list-bounds.ts for
 * other lists — so nested lists multiply. The client's costliest document, that list of
 * participants, is estimated at about 66,000.
 */
export const QUERY_LIMITS = {
  maxDepth: 6,
  maxFragmentNesting: 3,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 100_000,
} as const;

/** A document refused before execution: GRAPHQL_VALIDATION_FAILED with HTTP 400 (GraphQL over HTTP). */
const invalidDocument = (message: string): GraphQLError =>
  new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });

/**
 * The page size a paginated field is priced at. The estimate runs before argument validation, so
 * a `take` outside 1..MAX_PAGE_SIZE (a negative one would cancel the rest of the document) is
 * priced as the largest page; validation refuses it afterwards anyway.
 */
const pricedPageSize = (take: unknown): number =>
  typeof take === 'number' && Number.isInteger(take) && take >= 1 && take <= MAX_PAGE_SIZE
    ? take
    : MAX_PAGE_SIZE;

const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection (off in production) and __typename are bounded by the schema itself.
  if (type.name.startsWith('__') || field.name.startsWith('__')) {
    return 0;
  }
  const items = field.args.some(arg => arg.name === 'take')
    ? pricedPageSize(args.take)
    : isListType(getNullableType(field.type))
      ? listBound(type.name, field.name, args)
      : 1;
  return fieldCost(type.name, field.name, args) + items * childComplexity;
};

/** The estimated cost of the operation a request selects, with its variables. */
export const queryCost = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number =>
  getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [listAwareEstimator],
  });

const costs = new WeakMap<GraphQLRequest, number | Error>();

/**
 * The estimated cost of a request, computed once however many plugins ask for it (the limit here,
 * admission in admission.plugin.ts); throws when the document cannot be priced.
 */
export function requestCost(
  request: GraphQLRequest,
  schema: GraphQLSchema,
  document: DocumentNode,
): number {
  let cost = costs.get(request);
  if (cost === undefined) {
    try {
      cost = queryCost(
        schema,
        document,
        request.variables ?? {},
        request.operationName ?? undefined,
      );
    } catch (error) {
      cost = error as Error;
    }
    costs.set(request, cost);
  }
  if (cost instanceof Error) {
    throw cost;
  }
  return cost;
}

const queryCostPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        // Malformed variables are refused by Apollo with BAD_USER_INPUT; there is nothing to price.
        const variables = request.variables ?? {};
        if (getVariableValues(schema, operation?.variableDefinitions ?? [], variables).errors) {
          return;
        }
        let cost: number;
        try {
          cost = requestCost(request, schema, document);
        } catch (error) {
          throw invalidDocument(`The query cost cannot be estimated: ${(error as Error).message}`);
        }
        if (cost > QUERY_LIMITS.maxCost) {
          throw invalidDocument(
            `Query cost limit of ${QUERY_LIMITS.maxCost} exceeded, estimated ${cost}.`,
          );
        }
      },
    };
  },
};

/** graphql-armor words its refusals as syntax errors; they are validation errors (400). */
const refuse = [
  (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
];
const reportOnly = { propagateOnRejection: false, onReject: refuse };

/**
 * Apollo options enforcing the limits. The token limit is graphql-js's own parse option, so an
 * over-long document is a parse error (400 GRAPHQL_PARSE_FAILED) like any syntax error;
 * graphql-armor's parser plugin would turn both into HTTP 500.
 */
export function queryLimits(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true, ...reportOnly },
    // graphql-armor exempts `__typename` aliases by default: one request could multiply its answer.
    maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [], ...reportOnly },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...reportOnly },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    parseOptions: { maxLexicalTokens: QUERY_LIMITS.maxTokens },
    validationRules: [
      ...armor.validationRules,
      maxFragmentNestingRule(QUERY_LIMITS.maxFragmentNesting),
    ],
    plugins: [...armor.plugins, queryCostPlugin],
  };
}
