import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The one shape every error leaves the gateway in (see ErrorBodyFilter and @civicloop/contracts errors). */
export class ErrorBodyDto {
  @ApiProperty({ example: 400 }) status!: number;

  @ApiProperty({
    enum: ['validation-failed', 'bad-request', 'unauthenticated', 'forbidden', 'not-found', 'conflict', 'stale-version', 'idempotency-key-reused', 'payload-too-large', 'unsupported-media-type', 'method-not-allowed', 'rate-limited', 'unavailable', 'internal'],
  })
  code!: string;

  @ApiProperty({ example: 'reason: reason must be longer than or equal to 2 characters' }) message!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: '400: { problems: [{ field, reason }] }; 409: { state, action, allowed } or { expected, actual }',
  })
  details?: Record<string, unknown>;
}
