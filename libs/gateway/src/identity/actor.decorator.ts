import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ActorContext } from '@civicloop/contracts';
import type { AuthenticatedRequest } from './identity.guard';

export const Actor = createParamDecorator((_: unknown, context: ExecutionContext): ActorContext => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().actor!;
});
