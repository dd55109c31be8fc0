import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

export type ConfirmButtonProps = {
  /** Visible button text, e.g. "Odbierz". */
  label: string;
  /** Full accessible name when the visible text alone is ambiguous in a table row. */
  ariaLabel?: string;
  title: string;
  message: string;
  /** Text of the confirming button; defaults to `label`. */
  confirmLabel?: string;
  onConfirm: () => void;
  disabled?: boolean;
  testId?: string;
};

/** A button for a consequential action that asks first; "Cancel" comes first and gets focus. */
export function ConfirmButton({
  label,
  ariaLabel,
  title,
  message,
  confirmLabel,
  onConfirm,
  disabled,
  testId,
}: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => setOpen(true)}
        aria-label={ariaLabel}
        disabled={disabled}
        data-testid={testId}
      >
        {label}
      </button>
      <ConfirmDialog
        open={open}
        title={title}
        message={message}
        confirmLabel={confirmLabel ?? label}
        onConfirm={() => {
          setOpen(false);
          onConfirm();
        }}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
