import type { ReactNode } from 'react';

export type SubmitButtonProps = {
  /** While the submission runs: the button is disabled and shows `pendingLabel`, if given. */
  pending: boolean;
  pendingLabel?: string;
  testId?: string;
  children: ReactNode;
};

/** A form's primary button, disabled while its submission is pending. */
export function SubmitButton({ pending, pendingLabel, testId, children }: SubmitButtonProps) {
  return (
    <button type="submit" className="button" disabled={pending} data-testid={testId}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
