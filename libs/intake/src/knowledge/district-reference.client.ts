import { Inject, Injectable } from '@nestjs/common';
import { CivicError, Subjects, ValidationFailed, type ActorContext, type DistrictReferenceResult, type FieldProblem, type SaveArticlePayload } from '@civicloop/contracts';
import { COMMAND_CLIENT, type CommandClient } from '@civicloop/messaging';

/** Dispatch owns the district's categories and units; intake asks, outside any transaction. */
@Injectable()
export class DistrictReferenceClient {
  constructor(@Inject(COMMAND_CLIENT) private readonly services: CommandClient) {}

  async fetch(context: ActorContext): Promise<DistrictReferenceResult> {
    const reply = await this.services.send<DistrictReferenceResult>(Subjects.DistrictReference, { context, payload: {} });
    if (!reply.ok && reply.error.status === 503) throw new CivicError(503, 'unavailable', 'the district reference cannot be read right now; retry shortly');
    if (!reply.ok) throw new Error(`district reference failed: ${reply.error.message}`);
    return reply.data;
  }

  /** An article is filed under categories of this district and owned by one of its units. */
  async assertKnownForArticle(context: ActorContext, payload: SaveArticlePayload): Promise<void> {
    const reference = await this.fetch(context);
    const categories = new Set(reference.categories.map((category) => category.code));
    const problems: FieldProblem[] = [];
    const unknown = (payload.categoryCodes ?? []).filter((code) => !categories.has(code));
    if (unknown.length > 0) problems.push({ field: 'categoryCodes', reason: `no category ${unknown.map((code) => `"${code}"`).join(', ')} in this district` });
    if (!reference.units.some((unit) => unit.code === payload.ownerUnitCode)) problems.push({ field: 'ownerUnitCode', reason: `no unit "${payload.ownerUnitCode}" in this district` });
    if (problems.length > 0) throw new ValidationFailed(problems);
  }
}
