import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { Subjects, TENANT_ID_PATTERN, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';

export class ProvisionDistrictDto {
  @ApiProperty({ example: 'dongcheng' })
  @Matches(TENANT_ID_PATTERN, { message: 'tenantId must be 2–63 lowercase letters, digits or dashes' })
  tenantId!: string;

  @ApiProperty({ example: '东城区' }) @IsString() @Length(1, 100) name!: string;

  @ApiProperty({ enum: ['demo', 'empty'] }) @IsIn(['demo', 'empty'], { message: 'template must be demo or empty' }) template!: 'demo' | 'empty';
}

@ApiTags('platform')
@Controller('districts')
export class DistrictsController {
  constructor(private readonly services: ServiceCalls) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'A platform operator opens a district (a tenant)' })
  provision(@Actor() actor: ActorContext, @Body() body: ProvisionDistrictDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.ProvisionDistrict, actor, body, options);
  }
}
