export { API_PREFIX, createGatewayApp, GatewayModule, OPENAPI_PATH, type GatewayOptions } from './gateway.module';
export { DevelopmentHeaderIdentity } from './identity/development-header-identity';
export { IDENTITY_RESOLVER, type IdentityResolver } from './identity/identity-resolver';
