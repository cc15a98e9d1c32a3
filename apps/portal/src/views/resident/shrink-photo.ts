/** The server's limit (MAX_ATTACHMENT_BYTES): a little under it, so the last step always fits. */
const TARGET_BYTES = 480 * 1024;
const LONGEST_SIDES = [1600, 1200, 900, 640];
const QUALITIES = [0.82, 0.7, 0.55];

export interface Photo {
  fileName: string;
  contentType: 'image/jpeg';
  dataBase64: string;
  /** For the preview before sending. */
  previewUrl: string;
}

/**
 * A phone photo made small enough to send (often several MB as taken): redrawn as a JPEG at most
 * 1600 px on its longest side, smaller and plainer until it fits. Null when it cannot be read as an image.
 */
export async function shrinkPhoto(file: File): Promise<Photo | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  for (const side of LONGEST_SIDES) {
    const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    for (const quality of QUALITIES) {
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
      if (blob && blob.size <= TARGET_BYTES) {
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        const fileName = `${file.name.replace(/\.[^.]*$/, '') || 'photo'}.jpg`;
        return { fileName, contentType: 'image/jpeg', dataBase64: btoa(binary), previewUrl: URL.createObjectURL(blob) };
      }
    }
  }
  return null;
}
