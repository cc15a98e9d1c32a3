import { useEffect, useState } from 'react';
import type { CivicRequestView } from '../api/api-types';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n';

/** The request's photos as thumbnails: fetched with the user's token (they are personal), shown from memory. */
export function RequestPhotos({ request }: { request: CivicRequestView }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const [urls, setUrls] = useState<string[]>([]);
  const attachments = request.attachments ?? [];
  const key = attachments.map((attachment) => attachment.id).join(',');
  useEffect(() => {
    if (!key || !session) return;
    let current = true;
    const made: string[] = [];
    void Promise.all(
      key.split(',').map(async (id) => {
        const response = await fetch(`/api/v1/requests/${request.id}/attachments/${id}`, { headers: { authorization: `Bearer ${session.token}` } });
        return response.ok ? URL.createObjectURL(await response.blob()) : null;
      }),
    ).then((loaded) => {
      made.push(...loaded.filter((url): url is string => url !== null));
      if (current) setUrls(made);
    });
    return () => {
      current = false;
      made.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [key, request.id, session]);
  if (attachments.length === 0) return null;
  return (
    <ul className="photo-previews" aria-label={t('request.photos', { n: attachments.length })}>
      {urls.map((url, index) => (
        <li key={url}>
          <img src={url} alt={t('resident.photos.preview', { n: index + 1 })} />
        </li>
      ))}
    </ul>
  );
}
