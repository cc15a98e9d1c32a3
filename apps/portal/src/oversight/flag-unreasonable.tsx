import { useState } from 'react';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { Success } from '../ui/status';
import { NoteForm } from './note-form';

/** 无理诉求: a supervisor takes an order out of every unit's three rates, with the reason kept. */
export function FlagUnreasonable({ requestId }: { requestId: string }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <div className="actions">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('oversight.unreasonable.open')}
        </button>
      </div>
      {open && (
        <NoteForm
          noteLabel={t('oversight.unreasonable.reason')}
          noteRequired
          submitLabel={t('oversight.unreasonable.submit')}
          onCancel={() => setOpen(false)}
          onSubmit={async ({ note }) => {
            await api('POST', `/assessment/requests/${requestId}/unreasonable`, { body: { reason: note } });
            setOpen(false);
            setDone(t('oversight.unreasonable.done'));
          }}
        />
      )}
      <Success>{done}</Success>
    </>
  );
}
