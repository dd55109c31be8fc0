import { type HTMLInputTypeAttribute, type Ref, useId } from 'react';

export type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  /** Shown under the input and announced with it. */
  hint?: string;
  /** Shown under the input in red; marks the input invalid for assistive technology. */
  error?: string;
  required?: boolean;
  readOnly?: boolean;
  /** Bounds of a `type="number"` input, for spin buttons and assistive technology. */
  min?: number;
  max?: number;
  /** Suggestions from a `<datalist>` rendered by the caller. */
  list?: string;
  inputRef?: Ref<HTMLInputElement>;
  testId?: string;
  className?: string;
};

/** A labelled input with its hint and error tied to it through `aria-describedby`. */
export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  autoComplete,
  hint,
  error,
  required,
  readOnly,
  min,
  max,
  list,
  inputRef,
  testId,
  className,
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        className="field__input"
        type={type}
        value={value}
        onChange={event => onChange(event.target.value)}
        autoComplete={autoComplete}
        required={required}
        readOnly={readOnly}
        min={min}
        max={max}
        list={list}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-testid={testId}
      />
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
