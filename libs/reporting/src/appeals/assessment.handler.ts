import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Subjects,
  type AppealAssessmentPayload,
  type AssessmentWeightsPayload,
  type CommandMessage,
  type DecideAppealPayload,
  type FlagUnreasonablePayload,
  type ListAppealsPayload,
} from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { AssessmentWeightsStore } from '../assessment/assessment-weights.store';
import { UnitTreeReader } from '../assessment/unit-tree.reader';
import { AssessmentAppealsService } from './assessment-appeals.service';
import { UnreasonableFlagsService } from './unreasonable-flags.service';

/** Assessment commands (考核): appeals, unreasonable flags and the district's weights. */
@Controller()
export class AssessmentHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly appeals: AssessmentAppealsService,
    private readonly flags: UnreasonableFlagsService,
    private readonly weights: AssessmentWeightsStore,
    private readonly tree: UnitTreeReader,
  ) {}

  @MessagePattern(Subjects.AppealAssessment)
  appeal(@Payload() message: CommandMessage<AppealAssessmentPayload>) {
    return this.commands.execute(Subjects.AppealAssessment, message, (manager, context) => this.appeals.appeal(manager, context, message.payload));
  }

  @MessagePattern(Subjects.DecideAppeal)
  async decide(@Payload() message: CommandMessage<DecideAppealPayload>) {
    try {
      // The tree is read before the transaction: an accepted appeal may publish a corrected ranking.
      const tree = await this.tree.read(message.context);
      return await this.commands.execute(Subjects.DecideAppeal, message, (manager, context) => this.appeals.decide(manager, context, message.payload, tree));
    } catch (error) {
      return this.commands.rejection(error);
    }
  }

  @MessagePattern(Subjects.ListAppeals)
  list(@Payload() message: CommandMessage<ListAppealsPayload>) {
    return this.commands.query(message, (manager, context) => this.appeals.list(manager, context, message.payload));
  }

  @MessagePattern(Subjects.FlagUnreasonable)
  async flag(@Payload() message: CommandMessage<FlagUnreasonablePayload>) {
    try {
      const tree = await this.tree.read(message.context);
      return await this.commands.execute(Subjects.FlagUnreasonable, message, (manager, context) => this.flags.flag(manager, context, message.payload, tree));
    } catch (error) {
      return this.commands.rejection(error);
    }
  }

  @MessagePattern(Subjects.GetAssessmentWeights)
  getWeights(@Payload() message: CommandMessage) {
    return this.commands.query(message, (manager, context) => this.weights.get(manager, context.tenantId));
  }

  @MessagePattern(Subjects.SetAssessmentWeights)
  setWeights(@Payload() message: CommandMessage<AssessmentWeightsPayload>) {
    return this.commands.execute(Subjects.SetAssessmentWeights, message, (manager, context) => this.weights.set(manager, context, message.payload));
  }
}
