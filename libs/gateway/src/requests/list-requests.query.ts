import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { MAX_REQUEST_LIST_LIMIT, type ListRequestsPayload } from '@civicloop/contracts';
import { REQUEST_STATUSES, type RequestStatus } from '@civicloop/request-lifecycle';
import { PHONE_PATTERN } from './register-request.dto';

export const DEFAULT_LIST_LIMIT = 50;

export class ListRequestsQuery implements Partial<ListRequestsPayload> {
  @ApiPropertyOptional({ enum: REQUEST_STATUSES, description: 'e.g. replied: the callback queue (回访)' })
  @IsOptional()
  @IsIn(REQUEST_STATUSES, { message: `status must be one of: ${REQUEST_STATUSES.join(', ')}` })
  status?: RequestStatus;

  @ApiPropertyOptional({ example: '13800138000', description: "agents and dispatchers: the caller's earlier requests, by the exact phone" })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a mainland mobile number (13800138000) or a landline with area code (010-12345678)' })
  phone?: string;

  @ApiPropertyOptional({ default: DEFAULT_LIST_LIMIT, maximum: MAX_REQUEST_LIST_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_REQUEST_LIST_LIMIT, { message: `limit must be at most ${MAX_REQUEST_LIST_LIMIT}` })
  limit?: number;
}
