import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';

export class ReportToLeadDto {
  @ApiProperty({ example: '已到场核查，噪声源为夜间施工，已责令停工。' }) @IsString() @Length(2, 4000) text!: string;
}

/** 吹哨报到: co-handlers report to the lead unit. */
@ApiTags('assignments')
@Controller('assignments')
export class CoHandlersController {
  constructor(private readonly services: ServiceCalls) {}

  @Post(':id/report-to-lead')
  @HttpCode(200)
  @ApiOperation({ summary: 'A co-handler that signed for its order reports to the lead unit (on time or late)' })
  report(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: ReportToLeadDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.ReportToLead, actor, { assignmentId: id, text: body.text }, options);
  }
}
