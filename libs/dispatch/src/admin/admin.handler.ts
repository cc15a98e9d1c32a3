import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Subjects,
  type ById,
  type CommandMessage,
  type DryRunCataloguePayload,
  type SaveCatalogueRulePayload,
  type SaveReferenceNodePayload,
  type UpdateDistrictSettingsPayload,
} from '@civicloop/contracts';
import { CommandExecutor } from '@civicloop/messaging';
import { CatalogueAdminService } from './catalogue-admin.service';
import { CatalogueDryRunService } from './catalogue-dry-run.service';
import { DistrictSettingsService } from './district-settings.service';
import { ReferenceAdminService } from './reference-admin.service';

/** District administration: reference trees, the dispatch catalogue and its dry-run, the rule book. */
@Controller()
export class AdminHandler {
  constructor(
    private readonly commands: CommandExecutor,
    private readonly reference: ReferenceAdminService,
    private readonly catalogue: CatalogueAdminService,
    private readonly dryRuns: CatalogueDryRunService,
    private readonly settings: DistrictSettingsService,
  ) {}

  @MessagePattern(Subjects.SaveReferenceNode)
  saveReferenceNode(@Payload() message: CommandMessage<SaveReferenceNodePayload>) {
    return this.commands.execute(Subjects.SaveReferenceNode, message, (manager, context) => this.reference.save(manager, context, message.payload));
  }

  @MessagePattern(Subjects.ListCatalogueRules)
  listRules(@Payload() message: CommandMessage<Record<string, never>>) {
    return this.commands.query(message, (manager, context) => this.catalogue.list(manager, context));
  }

  @MessagePattern(Subjects.SaveCatalogueRule)
  saveRule(@Payload() message: CommandMessage<SaveCatalogueRulePayload>) {
    return this.commands.execute(Subjects.SaveCatalogueRule, message, (manager, context) => this.catalogue.save(manager, context, message.payload));
  }

  @MessagePattern(Subjects.DeleteCatalogueRule)
  deleteRule(@Payload() message: CommandMessage<ById>) {
    return this.commands.execute(Subjects.DeleteCatalogueRule, message, (manager, context) => this.catalogue.remove(manager, context, message.payload.id));
  }

  @MessagePattern(Subjects.DryRunCatalogue)
  dryRun(@Payload() message: CommandMessage<DryRunCataloguePayload>) {
    return this.commands.query(message, (manager, context) => this.dryRuns.dryRun(manager, context, message.payload));
  }

  @MessagePattern(Subjects.GetDistrictSettings)
  getSettings(@Payload() message: CommandMessage<Record<string, never>>) {
    return this.commands.query(message, (manager, context) => this.settings.get(manager, context));
  }

  @MessagePattern(Subjects.UpdateDistrictSettings)
  updateSettings(@Payload() message: CommandMessage<UpdateDistrictSettingsPayload>) {
    return this.commands.execute(Subjects.UpdateDistrictSettings, message, (manager, context) => this.settings.update(manager, context, message.payload));
  }
}
