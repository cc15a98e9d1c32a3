import { Inject, Injectable } from '@nestjs/common';
import { CivicError, Subjects, type ActorContext, type DistrictReferenceResult } from '@civicloop/contracts';
import { COMMAND_CLIENT, type CommandClient } from '@civicloop/messaging';
import { UnitTree } from './unit-tree';

/**
 * The district's units and their parents, asked of dispatch (which owns them) at the time of the
 * report, with the caller's own context: streets roll up whatever the tree is today. Read before
 * the report's transaction, so no database connection waits on the broker.
 */
@Injectable()
export class UnitTreeReader {
  constructor(@Inject(COMMAND_CLIENT) private readonly client: CommandClient) {}

  async read(context: ActorContext): Promise<UnitTree> {
    const reply = await this.client.send<DistrictReferenceResult>(Subjects.DistrictReference, { context, payload: {} });
    if (!reply.ok) {
      if (reply.error.status < 500) throw new CivicError(reply.error.status, reply.error.code, reply.error.message, reply.error.details);
      throw new CivicError(503, 'unavailable', "the district's units cannot be read from dispatch right now; try again shortly");
    }
    return new UnitTree(reply.data.units.map((unit) => ({ code: unit.code, name: unit.name, kind: unit.kind, parentCode: unit.parentCode ?? null })));
  }
}
