import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length } from 'class-validator';

export class DispatchRequestDto {
  @ApiProperty({ example: 'street-donghua' }) @IsString() @Length(1, 100) unitCode!: string;
  @ApiProperty({ example: '按属地原则派至街道' }) @IsString() @Length(0, 1000) note!: string;
  @ApiPropertyOptional({ type: [String], example: ['city-management'], description: '吹哨报到: units that co-handle and report to the lead' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  coHandlerCodes?: string[];
}
