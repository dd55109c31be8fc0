import type { ReactNode } from 'react';

export type BadgeTone = 'success' | 'info' | 'warning' | 'danger' | 'neutral' | 'accent';

export type BadgeProps = {
  tone: BadgeTone;
  children: ReactNode;
};

/** A short status word; the text carries the meaning, the colour only repeats it. */
export function Badge({ tone, children }: BadgeProps) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
