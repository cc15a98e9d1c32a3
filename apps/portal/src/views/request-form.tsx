import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { RegisterRequestBody, RegisteredRequest, TriageBody } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { CHANNELS, REQUEST_TYPES, URGENCIES } from '../reference/demo-reference';
import { useReference } from '../reference/district-reference';
import { Field, SelectField } from '../ui/fields';
import { ErrorMessage, Success } from '../ui/status';
import { useSubmit } from '../ui/use-async';
import { PhotoPicker } from './resident/photo-picker';
import type { Photo } from './resident/shrink-photo';

const EMPTY: RegisterRequestBody = {
  channel: 'hotline',
  type: 'complaint',
  categoryCode: '',
  description: '',
  areaCode: '',
  address: '',
  residentName: '',
  residentPhone: '',
  urgency: 'general',
  confidential: false,
};

interface Props {
  /** Residents raise their own request on the web; agents register from any channel, with urgency. */
  mode: 'resident' | 'agent';
  onRegistered(request: RegisteredRequest, answered: boolean): void;
  /** The caller's phone as typed (agents look up the caller's earlier requests by it). */
  onPhoneChange?(phone: string): void;
  /** The draft as typed (agents check it for duplicates). */
  onDraftChange?(draft: RegisterRequestBody): void;
  /** A consultation answered at once: a second button registers it with this triage in one step. */
  answer?: TriageBody | null;
  /** Shown inside the form before its buttons (the agent's duplicate warning and knowledge base). */
  children?: ReactNode;
}

/** Registration: one form for residents and agents; on an error the input stays as typed. */
export function RequestForm({ mode, onRegistered, onPhoneChange, onDraftChange, answer, children }: Props) {
  const { t } = useI18n();
  const { categoryOptions, areaOptions } = useReference();
  const { api } = useAuth();
  const [form, setForm] = useState<RegisterRequestBody>({ ...EMPTY, channel: mode === 'resident' ? 'web' : 'hotline' });
  const [done, setDone] = useState<string | null>(null);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const set = <K extends keyof RegisterRequestBody>(key: K) => (value: RegisterRequestBody[K]) => setForm((current) => ({ ...current, [key]: value }));
  const agent = mode === 'agent';

  useEffect(() => onDraftChange?.(form), [form, onDraftChange]);

  const { run, submitting, error } = useSubmit(async (withAnswer: boolean) => {
    setDone(null);
    const triage = withAnswer && answer ? answer : undefined;
    const { body } = await api<RegisteredRequest>('POST', '/requests', { body: triage ? { ...form, triage } : form });
    setDone(t(triage ? 'agent.answered' : agent ? 'agent.registered' : 'resident.raised', { orderNo: body.orderNo }));
    // Registered first, so a photo that fails to send never costs the request; the error says which.
    for (const { fileName, contentType, dataBase64 } of photos) {
      await api('POST', `/requests/${body.id}/attachments`, { body: { fileName, contentType, dataBase64 } });
    }
    setPhotos([]);
    setForm((current) => ({ ...EMPTY, channel: current.channel, residentName: agent ? '' : current.residentName, residentPhone: agent ? '' : current.residentPhone }));
    onRegistered(body, Boolean(triage));
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void run(submitter?.getAttribute('value') === 'answer');
  };

  return (
    <form className="card form-grid" onSubmit={submit} aria-labelledby={`${mode}-form-title`}>
      <h2 id={`${mode}-form-title`}>{t(agent ? 'agent.register.title' : 'resident.raise.title')}</h2>
      {agent && <SelectField label={t('field.channel')} name="channel" value={form.channel} options={CHANNELS} prefix="channel." onChange={set('channel')} required />}
      <SelectField label={t('field.type')} name="type" value={form.type} options={REQUEST_TYPES} prefix="type." onChange={set('type')} required />
      <SelectField label={t('field.category')} name="categoryCode" value={form.categoryCode} options={categoryOptions} onChange={set('categoryCode')} required />
      <SelectField label={t('field.area')} name="areaCode" value={form.areaCode} options={areaOptions} onChange={set('areaCode')} required />
      <Field label={t('field.address')}>
        {(id) => <input id={id} name="address" value={form.address} onChange={(e) => set('address')(e.target.value)} required maxLength={500} autoComplete="street-address" />}
      </Field>
      <Field label={t('field.description')}>
        {(id) => <textarea id={id} name="description" value={form.description} onChange={(e) => set('description')(e.target.value)} required maxLength={4000} rows={4} />}
      </Field>
      <Field label={t('field.name')}>
        {(id) => <input id={id} name="residentName" value={form.residentName} onChange={(e) => set('residentName')(e.target.value)} required maxLength={100} autoComplete="name" />}
      </Field>
      <Field label={t('field.phone')} hint={t('field.phoneHint')}>
        {(id, hint) => (
          <input id={id} name="residentPhone" type="tel" inputMode="tel" value={form.residentPhone} onChange={(e) => {
              set('residentPhone')(e.target.value);
              onPhoneChange?.(e.target.value);
            }} required aria-describedby={hint} autoComplete="tel" />
        )}
      </Field>
      {agent && <SelectField label={t('field.urgency')} name="urgency" value={form.urgency} options={URGENCIES} prefix="urgency." onChange={set('urgency')} required />}
      <div className="field field-check">
        <input id={`${mode}-confidential`} name="confidential" type="checkbox" checked={form.confidential} onChange={(e) => set('confidential')(e.target.checked)} />
        <label htmlFor={`${mode}-confidential`}>{t('field.confidential')}</label>
      </div>
      {!agent && <PhotoPicker photos={photos} onChange={setPhotos} />}
      {children}
      <ErrorMessage error={error} />
      <Success>{done}</Success>
      <div className="actions">
        {/* Enter in a field presses the first button: plain registration, never an answer by accident. */}
        <button type="submit" name="intent" value="register" className={answer ? undefined : 'primary'} disabled={submitting}>
          {submitting ? t('common.submitting') : t(agent ? 'agent.register.submit' : 'resident.raise.submit')}
        </button>
        {answer && (
          <button type="submit" name="intent" value="answer" className="primary" disabled={submitting}>
            {t('agent.answer.submit')}
          </button>
        )}
      </div>
    </form>
  );
}
