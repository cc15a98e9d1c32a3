import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type ById, type CommandMessage, type ListDeputiesPayload, type SaveDeputyPayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { DemoEngagementSeeder } from '../demo/demo-engagement-seeder.service';
import { DeputiesService } from './deputies.service';

/** The deputies' registry (代表委员名册). */
@Controller()
export class DeputiesHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly deputies: DeputiesService,
    private readonly seeder: DemoEngagementSeeder,
  ) {}

  @MessagePattern(Subjects.SaveDeputy)
  save(@Payload() message: CommandMessage<SaveDeputyPayload>) {
    return this.commands.execute(Subjects.SaveDeputy, message, (manager, context) => this.deputies.save(manager, context, message.payload, message.expectedVersion));
  }

  @MessagePattern(Subjects.ListDeputies)
  async list(@Payload() message: CommandMessage<ListDeputiesPayload>) {
    await this.seeder.ensureSeeded(message.context);
    return this.commands.query(message, (manager, context) => this.deputies.list(manager, context, message.payload));
  }

  @MessagePattern(Subjects.GetOwnDeputy)
  async own(@Payload() message: CommandMessage) {
    await this.seeder.ensureSeeded(message.context);
    return this.commands.query(message, (manager, context) => this.deputies.own(manager, context));
  }

  @MessagePattern(Subjects.GetDeputy)
  get(@Payload() message: CommandMessage<ById>) {
    return this.commands.query(message, (manager, context) => this.deputies.get(manager, context, message.payload.id));
  }
}
