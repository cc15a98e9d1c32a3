import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_REQUEST } from '@civicloop/contracts';
import { checkAttachment } from './attachment-rules';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const photo = (bytes: Buffer, contentType = 'image/png') => ({ requestId: 'r', fileName: '现场.png', contentType, dataBase64: bytes.toString('base64') });
const fields = (result: ReturnType<typeof checkAttachment>) => (result.ok ? [] : result.problems.map((problem) => problem.field));

describe('a photo of a request (附件)', () => {
  it('is taken when it is a small JPEG, PNG or WebP image', () => {
    expect(checkAttachment(photo(PNG), 0)).toMatchObject({ ok: true, fileName: '现场.png', contentType: 'image/png' });
    expect(checkAttachment(photo(JPEG, 'image/jpeg'), 2).ok).toBe(true);
  });

  it('must be what its type says: a PNG sent as a JPEG, or a script, is refused', () => {
    expect(fields(checkAttachment(photo(PNG, 'image/jpeg'), 0))).toEqual(['dataBase64']);
    expect(fields(checkAttachment(photo(Buffer.from('<script>'), 'image/png'), 0))).toEqual(['dataBase64']);
    expect(fields(checkAttachment(photo(PNG, 'text/html'), 0))).toEqual(['contentType']);
  });

  it(`is at most ${MAX_ATTACHMENT_BYTES / 1024} kB`, () => {
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    expect(fields(checkAttachment(photo(big), 0))).toEqual(['dataBase64']);
  });

  it(`is one of at most ${MAX_ATTACHMENTS_PER_REQUEST} per request`, () => {
    expect(fields(checkAttachment(photo(PNG), MAX_ATTACHMENTS_PER_REQUEST))).toEqual(['requestId']);
  });

  it('has a plain file name and real base64', () => {
    expect(fields(checkAttachment({ ...photo(PNG), fileName: '../etc/passwd' }, 0))).toEqual(['fileName']);
    expect(fields(checkAttachment({ ...photo(PNG), dataBase64: 'not base64!' }, 0))).toEqual(['dataBase64']);
  });
});
