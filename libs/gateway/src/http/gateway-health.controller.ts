import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../identity/public.decorator';

/** The gateway holds no state: it is ready when it serves HTTP (services answer 503 while they start). */
@ApiExcludeController()
@Public()
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
