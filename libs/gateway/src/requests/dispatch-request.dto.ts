import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class DispatchRequestDto {
  @ApiProperty({ example: 'street-donghua' }) @IsString() @Length(1, 100) unitCode!: string;
  @ApiProperty({ example: '按属地原则派至街道' }) @IsString() @Length(0, 1000) note!: string;
}
