import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PortalLogin } from './portal-login';
import { Public } from './public.decorator';

export const PORTAL_LOGIN = Symbol('PortalLogin');

/** What the portal needs before anyone signs in: which login to offer. */
@ApiTags('portal')
@Public()
@Controller('portal-config')
export class PortalConfigController {
  constructor(@Inject(PORTAL_LOGIN) private readonly login: PortalLogin) {}

  @Get()
  @ApiOperation({ summary: "The portal's sign-in: { login: 'dev' } in the development realm, or Keycloak's url, realm and client id" })
  config(): PortalLogin {
    return this.login;
  }
}
