import { Body, Controller, Get, HttpCode, Inject, Param, Post, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { RATE_LIMITS } from '../../http/caller-throttler.guard';
import { Public } from '../public.decorator';
import { DEMO_PASSWORD } from './demo-users';
import { LocalRealm } from './local-realm';

export const LOCAL_REALM = Symbol('LocalRealm');

/**
 * Keycloak's endpoints as far as development needs them: the realm's key set (certs), discovery,
 * the password grant for the demo users, and a one-click dev login for the portal.
 */
@ApiExcludeController()
@Public()
@Controller()
export class LocalRealmController {
  constructor(@Inject(LOCAL_REALM) private readonly realm: LocalRealm) {}

  @Get('realms/:realm/protocol/openid-connect/certs')
  certs(@Param('realm') realm: string) {
    this.assertRealm(realm);
    return this.realm.jwks();
  }

  @Get('realms/:realm/.well-known/openid-configuration')
  discovery(@Param('realm') realm: string) {
    this.assertRealm(realm);
    const base = `${this.realm.issuer}/protocol/openid-connect`;
    return { issuer: this.realm.issuer, jwks_uri: `${base}/certs`, token_endpoint: `${base}/token`, grant_types_supported: ['password'] };
  }

  @Post('realms/:realm/protocol/openid-connect/token')
  @HttpCode(200)
  @Throttle({ default: { limit: RATE_LIMITS.signInPerMinute, ttl: 60_000 } })
  token(@Param('realm') realm: string, @Body() body: Record<string, string>) {
    this.assertRealm(realm);
    const user = body.grant_type === 'password' ? this.realm.findUser(body.username) : undefined;
    if (!user || body.password !== DEMO_PASSWORD) throw new UnauthorizedException('invalid user credentials');
    return this.realm.issueFor(user);
  }

  /** The portal's development login: any demo user, no password (served under the API prefix). */
  @Post('dev/login')
  @HttpCode(200)
  @Throttle({ default: { limit: RATE_LIMITS.signInPerMinute, ttl: 60_000 } })
  devLogin(@Body() body: { username?: string }) {
    const user = body?.username ? this.realm.findUser(body.username) : undefined;
    if (!user) throw new UnauthorizedException('no such demo user; see deploy/keycloak/demo-users.json');
    return this.realm.issueFor(user);
  }

  private assertRealm(realm: string): void {
    if (realm !== this.realm.settings.realm) throw new UnauthorizedException(`no realm "${realm}" here`);
  }
}
