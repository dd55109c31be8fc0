import { type RefObject, useState } from 'react';

type Errors = Partial<Record<string, string>>;

/**
 * The client-side errors of a form's fields, shown until the next submit. `validate` stores
 * them, focuses the first invalid field that has a ref, and tells whether there were none.
 */
export function useFormErrors<T extends Errors>() {
  const [errors, setErrors] = useState<Partial<T>>({});
  const validate = (
    next: T,
    refs: Partial<Record<keyof T, RefObject<HTMLElement | null>>> = {},
  ): boolean => {
    setErrors(next);
    const invalid = (Object.keys(next) as (keyof T)[]).filter(field => next[field]);
    if (invalid.length === 0) {
      return true;
    }
    const focusable = invalid.find(field => refs[field]);
    if (focusable !== undefined) {
      refs[focusable]?.current?.focus();
    }
    return false;
  };
  return { errors, validate };
}
