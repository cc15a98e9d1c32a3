import { BadRequestException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { isValidTenantId, type ActorContext } from '@civicloop/contracts';
import { IDENTITY_RESOLVER, type IdentityResolver } from '../identity/identity-resolver';

/** Who reads the public knowledge base: the signed-in user when a token comes, else an anonymous reader of one district. */
@Injectable()
export class OptionalActor {
  constructor(@Inject(IDENTITY_RESOLVER) private readonly identity: IdentityResolver) {}

  async resolve(headers: Record<string, string | string[] | undefined>, district: string | undefined): Promise<ActorContext> {
    if (headers['authorization'] !== undefined) {
      const actor = await this.identity.resolve(headers);
      // A token that does not verify is refused rather than silently read as anonymous.
      if (!actor) throw new UnauthorizedException('the bearer token is not valid; sign in again, or search without it');
      return actor;
    }
    if (district === undefined || !isValidTenantId(district)) {
      throw new BadRequestException({
        status: 400,
        code: 'validation-failed',
        message: 'district: without signing in, name the district to search (e.g. ?district=demo)',
        details: { problems: [{ field: 'district', reason: 'without signing in, name the district to search' }] },
      });
    }
    return { tenantId: district, userId: 'anonymous', roles: [], unitCodes: [] };
  }
}
