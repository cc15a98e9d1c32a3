import { useState, type FormEvent } from 'react';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { useReference } from '../reference/district-reference';
import { fieldProblems } from '../ui/field-problems';
import { Field, FormActions, SelectField } from '../ui/fields';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';

interface PlaceInput {
  name: string;
  areaCode: string;
  address: string;
  latitude: string;
  longitude: string;
}
const emptyPlace = (): PlaceInput => ({ name: '', areaCode: '', address: '', latitude: '', longitude: '' });
const coordinates = (place: PlaceInput) => ({
  name: place.name.trim(),
  areaCode: place.areaCode,
  address: place.address.trim(),
  ...(place.latitude && place.longitude ? { latitude: Number(place.latitude), longitude: Number(place.longitude) } : {}),
});

/** A place's fields: name, community, address and optional WGS-84 coordinates (for the map). */
function PlaceFields({ legend, value, onChange, problems, prefix }: { legend: string; value: PlaceInput; onChange(next: PlaceInput): void; problems: Record<string, string>; prefix: string }) {
  const { t } = useI18n();
  const { areaOptions } = useReference();
  const set = (name: keyof PlaceInput) => (next: string) => onChange({ ...value, [name]: next });
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <Field label={t('engagement.station.name')} error={problems[`${prefix}name`]}>{(id) => <input id={id} required maxLength={200} value={value.name} onChange={(e) => set('name')(e.target.value)} />}</Field>
      <SelectField label={t('field.area')} value={value.areaCode} options={areaOptions} onChange={set('areaCode')} required error={problems[`${prefix}areaCode`]} />
      <Field label={t('field.address')} error={problems[`${prefix}address`]}>{(id) => <input id={id} required maxLength={500} value={value.address} onChange={(e) => set('address')(e.target.value)} />}</Field>
      <div className="settings-grid">
        <Field label={t('engagement.station.latitude')} error={problems[`${prefix}latitude`]}>{(id) => <input id={id} type="number" step="any" min={-90} max={90} value={value.latitude} onChange={(e) => set('latitude')(e.target.value)} />}</Field>
        <Field label={t('engagement.station.longitude')} error={problems[`${prefix}longitude`]}>{(id) => <input id={id} type="number" step="any" min={-180} max={180} value={value.longitude} onChange={(e) => set('longitude')(e.target.value)} />}</Field>
      </div>
    </fieldset>
  );
}

/** A liaison station (联络站) of a street with its points (一站多点). */
export function StationForm({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const { t } = useI18n();
  const { api, session } = useAuth();
  const { data } = useReference();
  const streets = data.units.filter((unit) => unit.kind === 'street' && (session?.roles.includes('district-admin') || session?.units.includes(unit.code)));
  const [street, setStreet] = useState('');
  const [station, setStation] = useState(emptyPlace);
  const [points, setPoints] = useState<PlaceInput[]>([]);
  const submit = useSubmit(async () => {
    await api('POST', '/stations', { body: { ...coordinates(station), streetUnitCode: street, points: points.map(coordinates) } });
    onDone();
  });
  const problems = fieldProblems(submit.error);
  return (
    <form
      className="form-grid"
      aria-label={t('engagement.station.new')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit.run();
      }}
    >
      <SelectField label={t('engagement.street')} value={street} options={streets.map((unit) => ({ value: unit.code, label: unit.name }))} onChange={setStreet} required error={problems.streetUnitCode} />
      <PlaceFields legend={t('engagement.station.station')} value={station} onChange={setStation} problems={problems} prefix="" />
      {points.map((point, index) => (
        <div key={index}>
          <PlaceFields legend={t('engagement.station.point', { n: index + 1 })} value={point} onChange={(next) => setPoints(points.map((old, i) => (i === index ? next : old)))} problems={problems} prefix={`points[${index}].`} />
          <button type="button" className="link" onClick={() => setPoints(points.filter((_, i) => i !== index))}>
            {t('engagement.station.removePoint')}
          </button>
        </div>
      ))}
      <div>
        <button type="button" onClick={() => setPoints([...points, emptyPlace()])}>
          {t('engagement.station.addPoint')}
        </button>
      </div>
      <ErrorMessage error={submit.error} />
      <FormActions submitLabel={t('engagement.station.create')} submitting={submit.submitting} onCancel={onCancel} />
    </form>
  );
}
