import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../identity/public.decorator';

/** The gateway holds no state: it is ready when it serves HTTP (services answer 503 while they start). */
@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller('health')
export class GatewayHealthController {
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  ready() {
    return { status: 'ready' };
  }
}
