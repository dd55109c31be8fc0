import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/SelectField';

export type CyclePickerProps = {
  cycles: readonly number[];
  value: number;
  onChange: (cycleYear: number) => void;
};

export function CyclePicker({ cycles, value, onChange }: CyclePickerProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      className="field--inline"
      label={t('criteria.cycleLabel')}
      value={String(value)}
      options={cycles.map(year => ({ value: String(year), label: String(year) }))}
      onChange={year => onChange(Number(year))}
      testId="cycle-picker"
    />
  );
}
