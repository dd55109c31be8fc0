import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/SelectField';

export type ProgrammePickerProps = {
  programmes: readonly { id: string; name: string }[];
  value: string;
  onChange: (programmeId: string) => void;
};

export function ProgrammePicker({ programmes, value, onChange }: ProgrammePickerProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar">
      <SelectField
        className="field--wide"
        label={t('programme.pickerLabel')}
        value={value}
        options={programmes.map(p => ({ value: p.id, label: p.name }))}
        onChange={onChange}
        testId="programme-picker"
      />
    </div>
  );
}
