import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { DEPUTY_BODIES, DEPUTY_LEVELS, type DeputyBody, type DeputyLevel, type SaveDeputyPayload } from '@civicloop/contracts';

/** A deputy of the registry (代表委员名册). */
export class SaveDeputyDto implements Omit<SaveDeputyPayload, 'deputyId'> {
  @ApiProperty({ example: '李秀英' }) @IsString() @Length(1, 100) name!: string;
  @ApiProperty({ enum: DEPUTY_BODIES, description: '党代表 party-congress, 人大代表 peoples-congress, 政协委员 cppcc' })
  @IsIn(DEPUTY_BODIES, { message: `body must be one of: ${DEPUTY_BODIES.join(', ')}` })
  body!: DeputyBody;
  @ApiProperty({ enum: DEPUTY_LEVELS }) @IsIn(DEPUTY_LEVELS, { message: `level must be one of: ${DEPUTY_LEVELS.join(', ')}` }) level!: DeputyLevel;
  @ApiProperty({ example: '律师' }) @IsString() @Length(1, 100) profession!: string;
  @ApiProperty({ example: ['housing.property', '物业纠纷'], description: 'category codes or free tags' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  expertise!: string[];
  @ApiPropertyOptional({ example: '景山街道代表联络站' }) @IsOptional() @IsString() @Length(0, 200) homeStation?: string | null;
  @ApiProperty({ description: '体制内: can route matters to departments' }) @IsBoolean({ message: 'inSystem must be true or false' }) inSystem!: boolean;
  @ApiPropertyOptional({ example: '13900000002', description: 'personal data: shown only to admins and liaisons' }) @IsOptional() @IsString() @Length(0, 100) contact?: string | null;
  @ApiPropertyOptional({ description: "the deputy's account (token subject), so they see the issues they received" }) @IsOptional() @IsString() @Length(0, 200) userId?: string | null;
}

export class ListDeputiesQuery {
  @ApiPropertyOptional({ example: '律师', description: 'name, profession, station or expertise contains' }) @IsOptional() @IsString() @Length(0, 100) q?: string;
  @ApiPropertyOptional({ enum: DEPUTY_BODIES }) @IsOptional() @IsIn(DEPUTY_BODIES, { message: `body must be one of: ${DEPUTY_BODIES.join(', ')}` }) body?: string;
  @ApiPropertyOptional({ enum: DEPUTY_LEVELS }) @IsOptional() @IsIn(DEPUTY_LEVELS, { message: `level must be one of: ${DEPUTY_LEVELS.join(', ')}` }) level?: string;
  @ApiPropertyOptional({ example: 'housing.property', description: 'this expertise or a broader one' }) @IsOptional() @IsString() @Length(1, 100) expertise?: string;
  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'inSystem must be true or false' })
  inSystem?: boolean;
}
