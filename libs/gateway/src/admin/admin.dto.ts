import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsObject, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';

/** Codes are what rules and requests refer to: kept to a plain alphabet. */
const CODE = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const CODE_MESSAGE = 'use 1–100 lowercase letters, digits, dots, dashes or underscores';

export class SaveReferenceNodeDto {
  @ApiProperty({ example: '东华门街道' }) @IsString() @Length(1, 200) name!: string;

  @ApiProperty({ nullable: true, description: 'the parent in the same tree of this district; null for a root' })
  @ValidateIf((dto: SaveReferenceNodeDto) => dto.parentCode !== null)
  @IsString({ message: 'parentCode must be a code or null' })
  @Matches(CODE, { message: `parentCode: ${CODE_MESSAGE}` })
  parentCode!: string | null;
}

export class SaveUnitDto extends SaveReferenceNodeDto {
  @ApiProperty({ example: 'street', description: 'district, street, community, department or company' }) @IsString() @Length(1, 40) kind!: string;
}

export class SaveCategoryDto extends SaveReferenceNodeDto {
  @ApiPropertyOptional({ description: 'dispatched automatically when the catalogue is unambiguous (default true)' })
  @IsOptional()
  @IsBoolean()
  autoDispatch?: boolean;
}

export class SaveCatalogueRuleDto {
  @ApiProperty({ example: 'noise' }) @IsString() @Matches(CODE, { message: `categoryCode: ${CODE_MESSAGE}` }) categoryCode!: string;

  @ApiProperty({ nullable: true, example: 'donghua', description: 'null: anywhere in the district' })
  @ValidateIf((dto: SaveCatalogueRuleDto) => dto.areaCode !== null)
  @IsString({ message: 'areaCode must be a code or null' })
  @Matches(CODE, { message: `areaCode: ${CODE_MESSAGE}` })
  areaCode!: string | null;

  @ApiProperty({ example: 'street-donghua', description: 'the lead unit (首接负责)' })
  @IsString()
  @Matches(CODE, { message: `leadUnitCode: ${CODE_MESSAGE}` })
  leadUnitCode!: string;

  @ApiProperty({ type: [String], example: ['city-management'], description: 'co-handlers (吹哨报到)' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  coHandlerCodes!: string[];

  @ApiProperty({ example: 0, description: 'breaks ties between equally specific rules; higher wins' })
  @IsInt({ message: 'priority must be an integer' })
  priority!: number;
}

export class DryRunQuery {
  @ApiProperty({ example: 'drainage.blockage' }) @IsString() @Length(1, 100) categoryCode!: string;
  @ApiProperty({ example: 'donghua.nanchizi' }) @IsString() @Length(1, 100) areaCode!: string;
}

export class UpdateDistrictSettingsDto {
  @ApiProperty({
    description: 'settings of the rule book to change (null puts a default back), e.g. {"reminderFraction":0.8,"deadlinePolicy":{"signForWorkingMinutes":{"general":2880}}}',
  })
  @IsObject()
  settings!: Record<string, unknown>;
}

