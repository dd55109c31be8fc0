import type { HTMLInputTypeAttribute, Ref } from 'react';
import { FieldFrame } from './FieldFrame';

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
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {control => (
        <input
          {...control}
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
          data-testid={testId}
        />
      )}
    </FieldFrame>
  );
}
