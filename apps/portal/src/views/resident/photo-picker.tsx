import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/fields';
import { shrinkPhoto, type Photo } from './shrink-photo';

/** The server keeps at most this many photos per request (MAX_ATTACHMENTS_PER_REQUEST). */
const MAX_PHOTOS = 3;

/** Optional photos of the problem, taken or chosen on the phone, shown before sending. */
export function PhotoPicker({ photos, onChange }: { photos: Photo[]; onChange(photos: Photo[]): void }) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const add = async (files: FileList | null) => {
    setProblem(null);
    const chosen = [...(files ?? [])].slice(0, MAX_PHOTOS - photos.length);
    const shrunk = await Promise.all(chosen.map(shrinkPhoto));
    if (shrunk.some((photo) => photo === null)) setProblem(t('resident.photos.unreadable'));
    onChange([...photos, ...shrunk.filter((photo): photo is Photo => photo !== null)]);
  };
  return (
    <Field label={t('resident.photos.label')} hint={t('resident.photos.hint', { max: MAX_PHOTOS })} error={problem ?? undefined}>
      {(id, describedBy, invalid) => (
        <div className="photo-picker">
          {photos.length < MAX_PHOTOS && (
            <input id={id} type="file" accept="image/*" capture="environment" multiple aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(event) => void add(event.target.files)} />
          )}
          <ul className="photo-previews">
            {photos.map((photo, index) => (
              <li key={photo.previewUrl}>
                <img src={photo.previewUrl} alt={t('resident.photos.preview', { n: index + 1 })} />
                <button type="button" onClick={() => onChange(photos.filter((other) => other !== photo))}>
                  {t('resident.photos.remove')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Field>
  );
}
