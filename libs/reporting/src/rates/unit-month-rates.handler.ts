import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type CommandMessage, type UnitMonthRatesPayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { UnitMonthRatesService } from './unit-month-rates.service';

@Controller()
export class UnitMonthRatesHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly rates: UnitMonthRatesService,
  ) {}

  @MessagePattern(Subjects.UnitMonthRates)
  get(@Payload() message: CommandMessage<UnitMonthRatesPayload>) {
    return this.commands.query(message, (manager, context) => this.rates.get(manager, context, message.payload));
  }
}
