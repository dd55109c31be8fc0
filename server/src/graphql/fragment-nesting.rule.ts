import {
  type ASTVisitor,
  GraphQLError,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Refuses documents whose fragments spread fragments more than `max` levels deep. The depth limit
 * counts fields only, so without this a chain of hundreds of fragments would still validate.
 */
export const maxFragmentNestingRule =
  (max: number): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    const nestingOf = new Map<string, number>();
    // Fragments being measured count as 0: cycles are refused by graphql-js's NoFragmentCycles.
    const nesting = (selections: SelectionSetNode): number =>
      Math.max(
        0,
        ...context.getFragmentSpreads(selections).map(spread => {
          const name = spread.name.value;
          if (!nestingOf.has(name)) {
            nestingOf.set(name, 0);
            const fragment = context.getFragment(name);
            nestingOf.set(name, fragment ? 1 + nesting(fragment.selectionSet) : 0);
          }
          return nestingOf.get(name)!;
        }),
      );
    return {
      OperationDefinition(operation) {
        const found = nesting(operation.selectionSet);
        if (found > max) {
          context.reportError(
            new GraphQLError(`Fragment nesting limit of ${max} exceeded, found ${found}.`, {
              nodes: [operation],
            }),
          );
        }
      },
    };
  };
