import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type CommandMessage, type LookupReferencePayload, type ProvisionDistrictPayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { assertRole } from '../assignments/assignment-visibility';
import { ProvisionDistrictService } from '../districts/provision-district.service';
import { DistrictReferenceService } from './district-reference.service';

@Controller()
export class ReferenceHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly reference: DistrictReferenceService,
    private readonly provisioning: ProvisionDistrictService,
  ) {}

  @MessagePattern(Subjects.DistrictReference)
  all(@Payload() message: CommandMessage<Record<string, never>>) {
    return this.commands.query(message, (manager, context) => this.reference.all(manager, context.tenantId));
  }

  @MessagePattern(Subjects.LookupReference)
  lookup(@Payload() message: CommandMessage<LookupReferencePayload>) {
    return this.commands.query(message, (manager, context) =>
      this.reference.lookup(manager, context.tenantId, message.payload.categoryCode, message.payload.areaCode),
    );
  }

  /** A platform operator opens a district: the work runs as that district's tenant. */
  @MessagePattern(Subjects.ProvisionDistrict)
  provision(@Payload() message: CommandMessage<ProvisionDistrictPayload>) {
    try {
      assertRole(message.context, ['platform-operator'], 'opening a district');
    } catch (error) {
      return this.commands.rejection(error);
    }
    const asDistrict = { ...message, context: { ...message.context, tenantId: message.payload.tenantId } };
    return this.commands.execute(Subjects.ProvisionDistrict, asDistrict, (manager) => this.provisioning.provision(manager, message.payload));
  }
}
