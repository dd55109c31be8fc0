import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../i18n/use-app-language';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { apiErrorCode } from '../../ui/error-message';
import { TextField } from '../../ui/TextField';
import { useCycleReleasesQuery } from '../hooks/useCycleReleasesQuery';
import { useReleaseCycle } from '../hooks/useReleaseCycle';
import {
  type CycleYearError,
  MAX_CYCLE_YEAR,
  MIN_CYCLE_YEAR,
  parseCycleYear,
} from '../utils/cycle-year';
import {
  releaseConfirmMessage,
  releaseErrorMessage,
  type ReleaseFeedback,
  releaseSuccess,
} from '../utils/release-outcome';

export type ReleaseCycleFormProps = {
  /** A new attempt begins: the previous outcome no longer applies. */
  onStart: () => void;
  onDone: (feedback: ReleaseFeedback) => void;
};

/** The year, checked here, then a confirmation naming it: publishing cannot be taken back. */
export function ReleaseCycleForm({ onStart, onDone }: ReleaseCycleFormProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { data } = useCycleReleasesQuery();
  const { release, loading } = useReleaseCycle();
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
    onStart();
    // Read before the list is refetched: it tells a re-release from a first one.
    const previous = previousOf(year);
    const result = await release(year);
    if (result.ok) {
      setValue('');
      onDone(releaseSuccess(result.release, previous, t));
      return;
    }
    if (apiErrorCode(result.error) === 'BAD_USER_INPUT') {
      setYearError('range');
    }
    onDone({ tone: 'danger', message: releaseErrorMessage(result.error, year, t) });
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
        <button type="submit" className="button" disabled={loading} data-testid="release-submit">
          {loading ? t('releases.form.submitting') : t('releases.form.submit')}
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
