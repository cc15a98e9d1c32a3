import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, Max, Min } from 'class-validator';
import { ApiCrossFieldRule, LEFT_OUT } from '../http/openapi/cross-field-rule';

/** Optional WGS-84 coordinates of a request (both or neither, checked by intake). */
@ApiCrossFieldRule('latitude and longitude come together, or neither', {
  anyOf: [{ required: ['latitude', 'longitude'], properties: { latitude: { type: 'number' }, longitude: { type: 'number' } } }, { properties: { latitude: LEFT_OUT, longitude: LEFT_OUT } }],
})
export class CoordinatesDto {
  @ApiPropertyOptional({ example: 39.9139, description: 'WGS-84 latitude' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'latitude must be a number' })
  @Min(-90, { message: 'latitude must be a WGS-84 latitude between -90 and 90' })
  @Max(90, { message: 'latitude must be a WGS-84 latitude between -90 and 90' })
  latitude?: number;

  @ApiPropertyOptional({ example: 116.4006, description: 'WGS-84 longitude' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'longitude must be a number' })
  @Min(-180, { message: 'longitude must be a WGS-84 longitude between -180 and 180' })
  @Max(180, { message: 'longitude must be a WGS-84 longitude between -180 and 180' })
  longitude?: number;
}
