import type { EntityManager } from 'typeorm';
import { Attachment } from './attachment.entity';

export interface AttachmentSummary {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

export function attachmentSummary(attachment: Attachment): AttachmentSummary {
  return { id: attachment.id, fileName: attachment.fileName, contentType: attachment.contentType, size: attachment.size, uploadedAt: attachment.uploadedAt.toISOString() };
}

/** What each of these requests has attached, for the request views (the images themselves stay behind). */
export async function attachmentSummaries(manager: EntityManager, tenantId: string, requestIds: string[]): Promise<Map<string, AttachmentSummary[]>> {
  const byRequest = new Map<string, AttachmentSummary[]>();
  if (requestIds.length === 0) return byRequest;
  const rows = await manager
    .createQueryBuilder(Attachment, 'a')
    .where('a.tenant_id = :tenantId and a.request_id in (:...requestIds)', { tenantId, requestIds })
    .orderBy('a.uploaded_at', 'ASC')
    .getMany();
  for (const row of rows) byRequest.set(row.requestId, [...(byRequest.get(row.requestId) ?? []), attachmentSummary(row)]);
  return byRequest;
}
