import { QUERY_LIMITS } from '../../server/src/graphql/query-limits';
import type { Gql, GraphQLResponse } from './api';

/** One root field with its own variables, as `askEach` sends it many times. */
export interface RepeatedField {
  /** Variable definitions of one ask, e.g. `$g: PeerGroupInput!`. */
  variables: string;
  /** The root field with its selection, using those variables, e.g. `benchmark(group: $g) { n }`. */
  field: string;
}

type Errors = NonNullable<GraphQLResponse<unknown>['errors']>;
/** The answer to one ask: the field's value, or the errors it gets when asked alone. */
export type Answer<T> = { value: T; errors?: undefined } | { value?: undefined; errors: Errors };

/** `$name` → `$name_3`: each alias gets variables of its own. */
const numbered = (text: string, index: number) => text.replace(/\$(\w+)/g, `$$$1_${index}`);

/**
 * Asks `field` once per variable set, as many aliases per document as the API allows, so that a
 * sweep over hundreds of peer groups costs a few dozen requests instead of hundreds (each request
 * also pays for the session, the rate limit and parsing). A non-null root field that fails nulls
 * the whole document's data, hiding its neighbours' answers: such a document is asked again one
 * field at a time, so every answer is exactly what that ask alone gets.
 */
export async function askEach<T>(
  gql: Gql,
  repeated: RepeatedField,
  variableSets: readonly Record<string, unknown>[],
  perDocument: number = QUERY_LIMITS.maxAliases,
): Promise<Answer<T>[]> {
  const answers: Answer<T>[] = [];
  for (let start = 0; start < variableSets.length; start += perDocument) {
    const chunk = variableSets.slice(start, start + perDocument);
    const together = await askTogether<T>(gql, repeated, chunk);
    if (together === 'TOO_COSTLY') {
      // Heavy fields (benchmarks, trends over many cycles) fit fewer to a document: halve.
      answers.push(...(await askEach<T>(gql, repeated, chunk, Math.ceil(chunk.length / 2))));
      continue;
    }
    if (together.every(answer => !answer.errors) || chunk.length === 1) {
      answers.push(...together);
      continue;
    }
    for (const variables of chunk) {
      answers.push(...(await askEach<T>(gql, repeated, [variables], 1)));
    }
  }
  return answers;
}

/** One document with one alias per variable set. */
async function askTogether<T>(
  gql: Gql,
  repeated: RepeatedField,
  variableSets: readonly Record<string, unknown>[],
): Promise<Answer<T>[] | 'TOO_COSTLY'> {
  const definitions = variableSets.map((_, i) => numbered(repeated.variables, i)).join(', ');
  const fields = variableSets.map((_, i) => `a${i}: ${numbered(repeated.field, i)}`).join('\n');
  const variables = Object.fromEntries(
    variableSets.flatMap((set, i) => Object.entries(set).map(([name, v]) => [`${name}_${i}`, v])),
  );
  const head = definitions ? `query (${definitions})` : 'query';
  const { data, errors } = await gql<Record<string, T>>(`${head} {\n${fields}\n}`, variables);
  if (
    variableSets.length > 1 &&
    errors?.some(error => !error.path && /cost/i.test(error.message))
  ) {
    return 'TOO_COSTLY';
  }
  if (errors?.some(error => !error.path)) {
    // The document itself was refused (a limit, a typo): a fault of the test, not an answer.
    throw new Error(`The API refused the batched document: ${JSON.stringify(errors)}`);
  }
  return variableSets.map((_, i) => (errors ? { errors } : { value: data![`a${i}`]! }));
}
