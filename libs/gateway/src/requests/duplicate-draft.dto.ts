import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { DuplicateDraft } from '@civicloop/contracts';
import { CoordinatesDto } from './coordinates.dto';

/** What the agent has typed so far: checked for duplicates (并单) before registering. */
export class DuplicateDraftDto extends CoordinatesDto implements DuplicateDraft {
  @ApiProperty({ example: 'drainage.blockage' }) @IsString() @Length(1, 100) categoryCode!: string;
  @ApiProperty({ example: 'donghua.nanchizi' }) @IsString() @Length(1, 100) areaCode!: string;
  @ApiProperty({ example: '南池子大街 12 号' }) @IsString() @Length(1, 500) address!: string;
  @ApiProperty({ example: '小区门口下水道堵塞，污水外溢。' }) @IsString() @Length(1, 4000) description!: string;
}
