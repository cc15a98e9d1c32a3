// The parts of keycloak-connect 26.1.1 this folder uses. The package's own typings describe only the
// Express middleware, not its auth-utils, and it is deprecated upstream, so they stay here, local
// and small (docs/adr/0010).
declare module 'keycloak-connect/middleware/auth-utils/config' {
  class Config {
    constructor(config: Record<string, unknown>);
    readonly realmUrl: string;
  }
  export = Config;
}

declare module 'keycloak-connect/middleware/auth-utils/grant-manager' {
  import type Config from 'keycloak-connect/middleware/auth-utils/config';

  namespace GrantManager {
    /** A parsed token: `content` holds its claims once the grant has been validated. */
    interface Token {
      content: Record<string, unknown>;
    }
    interface Grant {
      access_token?: Token;
    }
    /** keycloak-connect's JWKS cache, which the verifier fills itself (see realm-key-set.ts). */
    interface Rotation {
      jwks: object[];
      lastTimeRequesTime: number;
    }
  }

  class GrantManager {
    constructor(config: Config);
    rotation: GrantManager.Rotation;
    /** Validates the tokens of a grant offline (expiry, type, issuer, audience, RS256 signature). */
    createGrant(rawData: { access_token: string }): Promise<GrantManager.Grant>;
  }
  export = GrantManager;
}
