import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** 并单: the open request whose handling covers this one. */
export class MergeRequestDto {
  @ApiProperty({ description: 'the id of the open primary request' }) @IsString() @Length(1, 100) primaryRequestId!: string;
  @ApiProperty({ example: '同一地址同一问题，重复来电' }) @IsString() @Length(1, 1000) reason!: string;
}
