import type { ReactNode } from 'react';
import { Alert } from './Alert';

export type FormProps = {
  /** Called on submit, after the browser's own submission is prevented. */
  onSubmit: () => Promise<void> | void;
  /** A message about the form as a whole (not one field), announced above the fields. */
  error?: string | null;
  /** Extra classes next to `form`, e.g. `form--grid`. */
  className?: string;
  labelledBy?: string;
  testId?: string;
  children: ReactNode;
};

/** A form that validates in the client (`noValidate`) and shows its form-level error first. */
export function Form({ onSubmit, error, className, labelledBy, testId, children }: FormProps) {
  return (
    <form
      className={['form', className].filter(Boolean).join(' ')}
      noValidate
      onSubmit={event => {
        event.preventDefault();
        void onSubmit();
      }}
      aria-labelledby={labelledBy}
      data-testid={testId}
    >
      {error && <Alert tone="danger">{error}</Alert>}
      {children}
    </form>
  );
}
