import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RedispatchDto {
  @ApiProperty({ example: 'street-jingshan' }) @IsString() @Length(1, 100) unitCode!: string;
  @ApiProperty({ example: '现场核实属于景山街道辖区' }) @IsString() @Length(2, 1000) reason!: string;
}
