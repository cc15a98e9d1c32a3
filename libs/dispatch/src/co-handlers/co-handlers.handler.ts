import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type CommandMessage, type ReportToLeadPayload } from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { CoHandlerReportService } from './co-handler-report.service';

@Controller()
export class CoHandlersHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly reports: CoHandlerReportService,
  ) {}

  @MessagePattern(Subjects.ReportToLead)
  reportToLead(@Payload() message: CommandMessage<ReportToLeadPayload>) {
    return this.commands.execute(Subjects.ReportToLead, message, (manager, context) =>
      this.reports.reportToLead(manager, context, message.payload, message.expectedVersion),
    );
  }
}
