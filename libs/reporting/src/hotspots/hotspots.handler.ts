import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type CommandMessage, type HotspotsPayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { HotspotsService } from './hotspots.service';

@Controller()
export class HotspotsHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly hotspots: HotspotsService,
  ) {}

  @MessagePattern(Subjects.Hotspots)
  get(@Payload() message: CommandMessage<HotspotsPayload>) {
    return this.commands.query(message, (manager, context) => this.hotspots.get(manager, context, message.payload));
  }
}
