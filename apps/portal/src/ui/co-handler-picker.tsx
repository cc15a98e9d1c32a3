import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';

interface Props {
  /** Ties the error to the group for screen readers; unique on the page. */
  id: string;
  /** The lead unit is not offered: a co-handler is another unit. */
  leadUnitCode: string;
  selected: string[];
  onChange(codes: string[]): void;
  /** The server's reason for refusing the choice. */
  error?: string;
}

/** 吹哨报到: the units that co-handle an order and report to its lead. */
export function CoHandlerPicker({ id, leadUnitCode, selected, onChange, error }: Props) {
  const { t } = useI18n();
  const { unitOptions } = useReference();
  const errorId = `${id}-error`;
  return (
    <fieldset className="field" aria-describedby={error ? errorId : undefined}>
      <legend>{t('admin.rules.coHandlers')}</legend>
      <div className="settings-grid">
        {unitOptions
          .filter((unit) => unit.value !== leadUnitCode)
          .map((unit) => (
            <label key={unit.value} className="radio">
              <input
                type="checkbox"
                name="coHandlerCodes"
                value={unit.value}
                checked={selected.includes(unit.value)}
                onChange={(e) => onChange(e.target.checked ? [...selected, unit.value] : selected.filter((code) => code !== unit.value))}
              />{' '}
              {unit.label}
            </label>
          ))}
      </div>
      {error && (
        <small id={errorId} className="field-error">
          {error}
        </small>
      )}
    </fieldset>
  );
}
