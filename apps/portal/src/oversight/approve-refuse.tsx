import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';
import { NoteForm } from './note-form';

interface Props {
  approveLabel: string;
  refuseLabel: string;
  /** The note's label; a refusal always needs one. */
  noteLabel: string;
  /** Approving asks for an (optional) note first, instead of acting at once. */
  approveWithNote?: boolean;
  onApprove(note: string): Promise<void>;
  onRefuse(note: string): Promise<void>;
}

/** Approve at once (or with a note), or refuse with the reason: the two answers to a request waiting for someone. */
export function ApproveRefuse({ approveLabel, refuseLabel, noteLabel, approveWithNote, onApprove, onRefuse }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState<'approve' | 'refuse' | null>(null);
  const approveNow = useSubmit(onApprove);
  return (
    <>
      <div className="actions">
        <button
          type="button"
          className="primary"
          aria-expanded={approveWithNote ? open === 'approve' : undefined}
          disabled={approveNow.submitting}
          onClick={() => (approveWithNote ? setOpen(open === 'approve' ? null : 'approve') : void approveNow.run(''))}
        >
          {approveNow.submitting ? t('common.submitting') : approveLabel}
        </button>
        <button type="button" aria-expanded={open === 'refuse'} onClick={() => setOpen(open === 'refuse' ? null : 'refuse')}>
          {refuseLabel}
        </button>
      </div>
      <ErrorMessage error={approveNow.error} />
      {open && (
        <NoteForm
          key={open}
          noteLabel={noteLabel}
          noteRequired={open === 'refuse'}
          submitLabel={open === 'refuse' ? refuseLabel : approveLabel}
          onCancel={() => setOpen(null)}
          onSubmit={async ({ note }) => {
            await (open === 'refuse' ? onRefuse(note) : onApprove(note));
            setOpen(null);
          }}
        />
      )}
    </>
  );
}
