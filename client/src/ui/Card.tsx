import type { ReactNode } from 'react';

export type CardProps = {
  /** The card's heading id, so the section is a named region. */
  headingId?: string;
  /** A more specific region name than the heading (overrides `headingId` as the label). */
  ariaLabel?: string;
  title?: ReactNode;
  /** Controls shown on the right of the heading (buttons, pickers). */
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
};

export function Card({ headingId, ariaLabel, title, actions, children, testId }: CardProps) {
  return (
    <section
      className="card"
      aria-label={ariaLabel}
      aria-labelledby={ariaLabel ? undefined : headingId}
      data-testid={testId}
    >
      {(title || actions) && (
        <div className="card__header">
          {title && (
            <h2 className="card__title" id={headingId}>
              {title}
            </h2>
          )}
          {actions && <div className="card__actions">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}
