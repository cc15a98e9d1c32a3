import { useState } from 'react';
import type { AssignmentView } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { Success } from '../ui/status';
import { NoteForm } from './note-form';

type Open = 'extension' | 'appeal' | null;

/** On one order of the unit's inbox: ask for an extension (延期) after signing, or appeal its assessment (考核申诉). */
export function UnitOrderOversight({ assignment, onChanged }: { assignment: AssignmentView; onChanged(): void }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  // Only the lead answers for the order (首接负责), so only the lead asks for more time.
  const canExtend = assignment.role !== 'co-handler' && assignment.status === 'signed';
  const toggle = (which: Exclude<Open, null>) => {
    setDone(null);
    setOpen(open === which ? null : which);
  };
  return (
    <div className="oversight-actions">
      <div className="actions">
        {canExtend && (
          <button type="button" aria-expanded={open === 'extension'} onClick={() => toggle('extension')}>
            {t('oversight.extension.ask')}
          </button>
        )}
        <button type="button" aria-expanded={open === 'appeal'} onClick={() => toggle('appeal')}>
          {t('oversight.appeal.ask')}
        </button>
      </div>
      {open === 'extension' && (
        <NoteForm
          noteLabel={t('oversight.extension.reason')}
          noteRequired
          deadlineLabel={t('oversight.extension.newDeadline')}
          submitLabel={t('oversight.extension.submit')}
          onCancel={() => setOpen(null)}
          onSubmit={async ({ note, deadline }) => {
            await api('POST', `/assignments/${assignment.id}/extension`, { body: { reason: note, requestedDeadline: deadline } });
            setOpen(null);
            setDone(t('oversight.extension.asked'));
            onChanged();
          }}
        />
      )}
      {open === 'appeal' && (
        <NoteForm
          noteLabel={t('oversight.appeal.reason')}
          noteRequired
          submitLabel={t('oversight.appeal.submit')}
          onCancel={() => setOpen(null)}
          onSubmit={async ({ note }) => {
            await api('POST', '/assessment/appeals', { body: { assignmentId: assignment.id, reason: note } });
            setOpen(null);
            setDone(t('oversight.appeal.asked'));
          }}
        />
      )}
      <Success>{done}</Success>
    </div>
  );
}
