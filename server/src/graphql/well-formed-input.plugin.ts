import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, Kind, type ValueNode, visit } from 'graphql';
import { badInput, type FieldError } from './errors';

/**
 * NUL, which PostgreSQL refuses in text, or a UTF-16 surrogate without its pair, which has no
 * UTF-8 form (validators, JSON columns and the driver fail on it).
 */
const ILL_FORMED = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isWellFormedText = (text: string): boolean => !ILL_FORMED.test(text);

const MESSAGE = 'must not contain NUL characters or unpaired surrogates';

/** String and variable leaves of a literal, with their path below the argument (`filter.search`). */
function* leavesOf(value: ValueNode, at: string): Generator<[string, ValueNode]> {
  if (value.kind === Kind.LIST) {
    for (const [index, item] of value.values.entries()) {
      yield* leavesOf(item, `${at}.${index}`);
    }
  } else if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      yield* leavesOf(field.value, `${at}.${field.name.value}`);
    }
  } else if (value.kind === Kind.STRING || value.kind === Kind.VARIABLE) {
    yield [at, value];
  }
}

/** Strings anywhere in a JSON value; iterative, as a 100 KB body can nest deeper than the stack. */
function* stringsOf(value: unknown, at: string): Generator<[string, string]> {
  const pending: [unknown, string][] = [[value, at]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, path] = next;
    if (typeof item === 'string') {
      yield [path, item];
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        pending.push([child, `${path}.${key}`]);
      }
    }
  }
}

/**
 * Ill-formed string literals of a document. Records in `usages` where each variable is passed, so
 * that errors in its value name the argument (`input.email`) rather than the variable (`$input`).
 */
function literalErrors(document: DocumentNode, usages: Map<string, string>): FieldError[] {
  const errors: FieldError[] = [];
  const check = (value: ValueNode, at: string) => {
    for (const [path, leaf] of leavesOf(value, at)) {
      if (leaf.kind === Kind.VARIABLE) {
        usages.set(leaf.name.value, usages.get(leaf.name.value) ?? path);
      } else if (leaf.kind === Kind.STRING && !isWellFormedText(leaf.value)) {
        errors.push({ field: path, message: MESSAGE });
      }
    }
  };
  visit(document, {
    Argument: node => check(node.value, node.name.value),
    VariableDefinition: node => {
      if (node.defaultValue) {
        check(node.defaultValue, `$${node.variable.name.value}`);
      }
    },
  });
  return errors;
}

/** Every string of a request's arguments, in the document or in its variables. */
export function illFormedInput(
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): FieldError[] {
  const usages = new Map<string, string>();
  const errors = literalErrors(document, usages);
  for (const [name, value] of Object.entries(variables)) {
    for (const [path, text] of stringsOf(value, usages.get(name) ?? `$${name}`)) {
      if (!isWellFormedText(text)) {
        errors.push({ field: path, message: MESSAGE });
      }
    }
  }
  return errors;
}

/**
 * The one place that refuses NUL and ill-formed UTF-16 in input, before any resolver or
 * validator sees it: BAD_USER_INPUT (HTTP 400) with the offending arguments in `fieldErrors`.
 */
export const wellFormedInputPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const errors = illFormedInput(document, request.variables);
        if (errors.length > 0) {
          throw badInput(errors, { http: { status: 400 } });
        }
      },
    };
  },
};
