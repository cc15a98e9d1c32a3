import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/status';
import { useSubmit } from '../ui/use-async';

/**
 * The work letter as the backend renders it (a printable zh-CN document), opened in a new tab: it
 * is fetched with the user's token, so a plain link would not do.
 */
export function PrintLetter({ letterId }: { letterId: string }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const open = useSubmit(async () => {
    const popup = window.open('', '_blank');
    const response = await fetch(`/api/v1/receptions/letters/${letterId}/print`, { headers: { authorization: `Bearer ${session?.token ?? ''}`, accept: 'text/html' } });
    if (!response.ok) {
      popup?.close();
      throw new Error(`${response.status} ${response.statusText}`);
    }
    const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/html;charset=utf-8' }));
    if (popup) popup.location.href = url;
    else window.location.assign(url);
  });
  return (
    <>
      <button type="button" disabled={open.submitting} onClick={() => void open.run()}>
        {t('engagement.letter.print')}
      </button>
      <ErrorMessage error={open.error} />
    </>
  );
}
