import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

export type ConfirmDialogProps = {
  open: boolean;
  title: string;
  message: string;
  /** Text of the confirming button. */
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
};

/** "Are you sure?" for a consequential action; "Cancel" comes first and gets focus. */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
  testId,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={title} onClose={onCancel} testId={testId}>
      <p className="dialog__message">{message}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
