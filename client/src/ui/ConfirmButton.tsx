import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

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
  const { t } = useTranslation();
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
      <Dialog open={open} title={title} onClose={() => setOpen(false)}>
        <p className="dialog__message">{message}</p>
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              setOpen(false);
              onConfirm();
            }}
          >
            {confirmLabel ?? label}
          </button>
        </div>
      </Dialog>
    </>
  );
}
