import { ValidateBy, type ValidationOptions } from 'class-validator';

export const DISPLAY_NAME_LENGTH = { min: 2, max: 120 } as const;

/** Marks that reorder text (LRE…RLO, LRI…PDI, LRM, RLM, ALM): a name could show as another. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/**
 * C0/C1 controls and the line and paragraph separators (U+2028, U+2029): line breaks and tabs
 * would break the lines a name is shown on.
 */
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;
/**
 * Characters that draw nothing by themselves: format characters (zero-width space, joiners),
 * spaces, fillers, and non-spacing or enclosing marks. Spacing marks (Mc) take room of their own:
 * the vowel sign of the Devanagari "कि" is its second visible character.
 */
const INVISIBLE = /[\p{Cf}\p{Z}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** Why a person's name is refused, or null. Checked on the trimmed text, which is what is stored. */
export function displayNameProblem(value: unknown): string | null {
  if (typeof value !== 'string') {
    return 'must be a text';
  }
  const name = value.trim();
  const { min, max } = DISPLAY_NAME_LENGTH;
  if (name.length < min || name.length > max) {
    return `must be ${min}–${max} characters long, without surrounding spaces`;
  }
  if (BIDI_CONTROL.test(name)) {
    return 'must not contain text-direction control characters';
  }
  if (CONTROL.test(name)) {
    return 'must not contain control characters such as line breaks';
  }
  if ([...name.replace(INVISIBLE, '')].length < min) {
    return `must contain at least ${min} visible characters`;
  }
  return null;
}

/** A person's name as other people will see it (invitations, and any later name edit). */
export const IsDisplayName = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isDisplayName',
      validator: {
        validate: value => displayNameProblem(value) === null,
        defaultMessage: args => displayNameProblem(args?.value) ?? 'must be a valid name',
      },
    },
    options,
  );
