import { ATTACHMENT_CONTENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_REQUEST, type AddAttachmentPayload, type FieldProblem } from '@civicloop/contracts';

/** The first bytes of each accepted image type: the declared type must be what the bytes are. */
const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  'image/jpeg': (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff,
  'image/png': (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (bytes) => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
};

export type AttachmentCheck = { ok: true; data: Buffer; fileName: string; contentType: string } | { ok: false; problems: FieldProblem[] };

/** A photo may be added when it is a small JPEG, PNG or WebP image and the request has room for it. */
export function checkAttachment(payload: Partial<AddAttachmentPayload>, attachmentsSoFar: number): AttachmentCheck {
  const problems: FieldProblem[] = [];
  const fileName = typeof payload.fileName === 'string' ? payload.fileName.trim() : '';
  if (fileName === '' || fileName.length > 200 || /[\\/]/.test(fileName)) problems.push({ field: 'fileName', reason: 'a file name of 1–200 characters, without a path' });
  const contentType = String(payload.contentType ?? '');
  if (!(ATTACHMENT_CONTENT_TYPES as readonly string[]).includes(contentType)) problems.push({ field: 'contentType', reason: `one of ${ATTACHMENT_CONTENT_TYPES.join(', ')}` });
  const base64 = typeof payload.dataBase64 === 'string' ? payload.dataBase64 : '';
  const data = /^[A-Za-z0-9+/]+={0,2}$/.test(base64) ? Buffer.from(base64, 'base64') : Buffer.alloc(0);
  if (data.length === 0) problems.push({ field: 'dataBase64', reason: 'the image, base64-encoded' });
  else if (data.length > MAX_ATTACHMENT_BYTES) problems.push({ field: 'dataBase64', reason: `at most ${MAX_ATTACHMENT_BYTES / 1024} kB; the portal shrinks photos before sending them` });
  else if (SIGNATURES[contentType] && !SIGNATURES[contentType](data)) problems.push({ field: 'dataBase64', reason: `the bytes are not a ${contentType} image` });
  if (attachmentsSoFar >= MAX_ATTACHMENTS_PER_REQUEST) problems.push({ field: 'requestId', reason: `a request keeps at most ${MAX_ATTACHMENTS_PER_REQUEST} photos` });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data, fileName, contentType };
}
