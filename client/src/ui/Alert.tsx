import type { ReactNode } from 'react';

export type AlertTone = 'danger' | 'success' | 'info';

export type AlertProps = {
  tone: AlertTone;
  children: ReactNode;
  testId?: string;
};

/**
 * A message about what just happened. Errors are `role="alert"` (announced at once); successes
 * and notes are `role="status"` (announced politely).
 */
export function Alert({ tone, children, testId }: AlertProps) {
  return (
    <div
      className={`alert alert--${tone}`}
      role={tone === 'danger' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
