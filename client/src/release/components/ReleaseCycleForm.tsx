import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../i18n/use-app-language';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { apiErrorCode } from '../../ui/error-message';
import { TextField } from '../../ui/TextField';
import { useCycleReleasesQuery } from '../hooks/useCycleReleasesQuery';
import type { ReleaseStart } from '../hooks/useReleaseCycle';
import {
  type CycleYearError,
  MAX_CYCLE_YEAR,
  MIN_CYCLE_YEAR,
  parseCycleYear,
} from '../utils/cycle-year';
import { releaseConfirmMessage } from '../utils/release-outcome';

export type ReleaseCycleFormProps = {
  /** A release is being started or runs: one at a time from this screen. */
  busy: boolean;
  /** Starts the release; the caller shows its job or why it was refused. */
  onPublish: (year: number) => Promise<ReleaseStart>;
};

/** The year, checked here, then a confirmation naming it: publishing cannot be taken back. */
export function ReleaseCycleForm({ busy, onPublish }: ReleaseCycleFormProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { data } = useCycleReleasesQuery();
  const [value, setValue] = useState('');
  const [yearError, setYearError] = useState<CycleYearError | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const previousOf = (year: number) => data?.cycleReleases.find(r => r.cycleYear === year);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseCycleYear(value);
    if ('error' in parsed) {
      setYearError(parsed.error);
      return;
    }
    setYearError(null);
    setConfirming(parsed.year);
  };

  const publish = async (year: number) => {
    setConfirming(null);
    const result = await onPublish(year);
    if (result.ok) {
      setValue('');
    } else if (apiErrorCode(result.error) === 'BAD_USER_INPUT') {
      setYearError('range');
    }
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-labelledby="release-heading"
      data-testid="release-form"
    >
      <TextField
        label={t('releases.form.year')}
        type="number"
        min={MIN_CYCLE_YEAR}
        max={MAX_CYCLE_YEAR}
        value={value}
        onChange={next => {
          setValue(next);
          setYearError(null);
        }}
        required
        hint={t('releases.form.yearHint')}
        error={
          yearError === 'required'
            ? t('releases.form.errors.required')
            : yearError === 'range'
              ? t('releases.form.errors.range', { min: MIN_CYCLE_YEAR, max: MAX_CYCLE_YEAR })
              : undefined
        }
        className="field--year"
        testId="release-year"
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy} data-testid="release-submit">
          {busy ? t('releases.form.submitting') : t('releases.form.submit')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={t('releases.form.confirmTitle', { year: confirming ?? '' })}
        message={
          confirming === null
            ? ''
            : releaseConfirmMessage(confirming, previousOf(confirming), language, t)
        }
        confirmLabel={t('releases.form.submit')}
        onConfirm={() => {
          if (confirming !== null) {
            void publish(confirming);
          }
        }}
        onCancel={() => setConfirming(null)}
        testId="release-confirm"
      />
    </form>
  );
}
