import { FieldFrame } from './FieldFrame';

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** Shown under the select and announced with it. */
  hint?: string;
  /** Shown under the select in red; marks it invalid for assistive technology. */
  error?: string;
  required?: boolean;
  testId?: string;
  className?: string;
};

/** A labelled native select: keyboard and screen-reader support come for free. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  hint,
  error,
  required,
  testId,
  className,
}: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {control => (
        <select
          {...control}
          className="field__select"
          value={value}
          onChange={event => onChange(event.target.value)}
          required={required}
          data-testid={testId}
        >
          {options.map(option => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
