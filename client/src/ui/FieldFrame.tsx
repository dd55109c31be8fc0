import { type ReactNode, useId } from 'react';

/** What the framed control spreads onto itself, so its label, hint and error point at it. */
export type FieldControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

export type FieldFrameProps = {
  label: string;
  /** Shown under the control and announced with it. */
  hint?: string;
  /** Shown under the control in red; marks it invalid for assistive technology. */
  error?: string;
  className?: string;
  /** Renders the control itself, given the ids and ARIA attributes that tie it to the frame. */
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * The label, hint and error shared by the form fields, with the hint and error tied to the
 * control through `aria-describedby`.
 */
export function FieldFrame({ label, hint, error, className, children }: FieldFrameProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
