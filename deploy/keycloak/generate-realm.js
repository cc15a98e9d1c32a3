#!/usr/bin/env node
// Writes the development realm (civicloop-realm.json, imported by `kc.sh start-dev --import-realm`)
// and the list of its demo people (demo-users.json, read by the embedded mode's dev login), both
// from the tables below, so that both modes know the same people. Run after changing anything here:
//   node deploy/keycloak/generate-realm.js          write both files
//   node deploy/keycloak/generate-realm.js --check  exit 1 if the committed files differ
// libs/gateway/src/identity/keycloak/demo-realm.spec.ts checks the same on every unit run.
const fs = require('node:fs');
const path = require('node:path');

const REALM = 'civicloop';
const GATEWAY_CLIENT = 'civicloop-gateway';
const PORTAL_CLIENT = 'civicloop-portal';
/** The one password of every demo user: development only, never a production realm. */
const DEV_PASSWORD = 'civicloop-dev';
const ACCESS_TOKEN_LIFESPAN_S = 300;

const ROLES = [
  ['resident', 'Raises and follows their own requests, answers callbacks, rates (居民)'],
  ['agent', 'Registers requests from every channel, answers consultations (接线员)'],
  ['dispatcher', 'Triages, dispatches, reviews objections, merges duplicates (派单员)'],
  ['unit-staff', "Signs for and handles the assignments of their units (承办人)"],
  ['unit-manager', 'Assigns inside the unit, approves extensions and objections (承办单位负责人)'],
  ['supervisor', 'Watches deadlines, escalates, publishes rankings (督办)'],
  ['deputy', 'Holds reception days, records issues, follows them to the end (代表委员)'],
  ['liaison', 'Prepares reception days, relays replies (街道联络员)'],
  ['district-admin', 'Configures the district: units, areas, categories, catalogue, calendar, users'],
  ['platform-operator', 'Runs the shared installation, creates districts (tenants)'],
];

const DISTRICTS = [
  { tenant: 'demo', name: '示范区' },
  { tenant: 'demo2', name: '示范二区' },
];

/** Everyone of one district, by the suffix of their username; units are codes of the demo catalogue. */
const PEOPLE = [
  { suffix: 'resident', name: '居民', roles: ['resident'], units: [] },
  { suffix: 'agent', name: '接线员', roles: ['agent'], units: [] },
  { suffix: 'dispatcher', name: '派单员', roles: ['dispatcher'], units: [] },
  { suffix: 'donghua-staff', name: '东华门街道承办人', roles: ['unit-staff'], units: ['street-donghua'] },
  { suffix: 'donghua-manager', name: '东华门街道负责人', roles: ['unit-manager'], units: ['street-donghua'] },
  { suffix: 'nanchizi-staff', name: '南池子社区承办人', roles: ['unit-staff'], units: ['community-nanchizi'] },
  { suffix: 'jingshan-staff', name: '景山街道承办人', roles: ['unit-staff'], units: ['street-jingshan'] },
  { suffix: 'housing-staff', name: '住建委承办人', roles: ['unit-staff'], units: ['housing-bureau'] },
  { suffix: 'supervisor', name: '督办员', roles: ['supervisor'], units: [] },
  { suffix: 'deputy', name: '人大代表', roles: ['deputy'], units: [] },
  { suffix: 'liaison', name: '东华门街道联络员', roles: ['liaison'], units: ['street-donghua', 'community-nanchizi'] },
  { suffix: 'admin', name: '管理员', roles: ['district-admin'], units: [] },
];

/** The demo people: every role in both districts, and the platform operator, who belongs to none. */
function demoUsers() {
  const users = DISTRICTS.flatMap(({ tenant, name: district }) =>
    PEOPLE.map((person) => ({ username: `${tenant}-${person.suffix}`, name: `${district}${person.name}`, roles: person.roles, tenant, units: person.units })),
  );
  users.push({ username: 'operator', name: '平台运维', roles: ['platform-operator'], tenant: null, units: [] });
  return users;
}

const adminOnly = { view: ['admin'], edit: ['admin'] };
const userProfile = {
  attributes: [
    { name: 'username', displayName: '${username}', validations: { length: { min: 3, max: 255 }, 'username-prohibited-characters': {}, 'up-username-not-idn-homograph': {} }, permissions: { view: ['admin', 'user'], edit: ['admin', 'user'] }, multivalued: false },
    { name: 'email', displayName: '${email}', validations: { email: {}, length: { max: 255 } }, permissions: { view: ['admin', 'user'], edit: ['admin', 'user'] }, multivalued: false },
    { name: 'firstName', displayName: '${firstName}', validations: { length: { max: 255 }, 'person-name-prohibited-characters': {} }, permissions: { view: ['admin', 'user'], edit: ['admin', 'user'] }, multivalued: false },
    { name: 'lastName', displayName: '${lastName}', validations: { length: { max: 255 }, 'person-name-prohibited-characters': {} }, permissions: { view: ['admin', 'user'], edit: ['admin', 'user'] }, multivalued: false },
    // The district (tenant) and units a user acts for: only an administrator sets them.
    { name: 'tenant', displayName: 'District (tenant)', validations: { pattern: { pattern: '^[a-z0-9][a-z0-9-]{1,62}$', 'error-message': 'a district id: lower-case letters, digits and dashes' } }, permissions: adminOnly, multivalued: false },
    { name: 'units', displayName: 'Units', validations: { pattern: { pattern: '^[a-z0-9][a-z0-9.-]{0,62}$', 'error-message': 'a unit code' } }, permissions: adminOnly, multivalued: true },
  ],
  groups: [{ name: 'user-metadata', displayHeader: 'User metadata', displayDescription: 'Attributes, which refer to user metadata' }],
};

function attributeMapper(name, multivalued) {
  return {
    name,
    protocol: 'openid-connect',
    protocolMapper: 'oidc-usermodel-attribute-mapper',
    consentRequired: false,
    config: {
      'user.attribute': name,
      'claim.name': name,
      'jsonType.label': 'String',
      multivalued: String(multivalued),
      'aggregate.attrs': 'false',
      'access.token.claim': 'true',
      'id.token.claim': 'true',
      'userinfo.token.claim': 'true',
      'introspection.token.claim': 'true',
    },
  };
}

const gatewayAudienceMapper = {
  name: 'gateway-audience',
  protocol: 'openid-connect',
  protocolMapper: 'oidc-audience-mapper',
  consentRequired: false,
  config: {
    'included.client.audience': GATEWAY_CLIENT,
    'access.token.claim': 'true',
    'id.token.claim': 'false',
    'introspection.token.claim': 'true',
  },
};

const clients = [
  {
    // The API: it only checks tokens (Keycloak 26 models bearer-only as a client with no flows).
    clientId: GATEWAY_CLIENT,
    name: 'CivicLoop gateway (API)',
    enabled: true,
    bearerOnly: true,
    publicClient: false,
    standardFlowEnabled: false,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: false,
    serviceAccountsEnabled: false,
    frontchannelLogout: false,
    protocol: 'openid-connect',
    fullScopeAllowed: false,
  },
  {
    // The portal in the browser: authorization code with PKCE. Direct access grants (password) are
    // on for tests and developers only; a production realm turns them off.
    clientId: PORTAL_CLIENT,
    name: 'CivicLoop portal',
    enabled: true,
    publicClient: true,
    standardFlowEnabled: true,
    implicitFlowEnabled: false,
    directAccessGrantsEnabled: true,
    serviceAccountsEnabled: false,
    frontchannelLogout: true,
    protocol: 'openid-connect',
    redirectUris: ['http://127.0.0.1:*', 'http://localhost:*'],
    // Origins allowed to call Keycloak from the browser (CORS): the gateway serves the portal on 3000.
    // Keycloak matches web origins exactly, so "+" (derived from the wildcard redirects) would not do.
    webOrigins: ['http://127.0.0.1:3000', 'http://localhost:3000'],
    attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': '+' },
    fullScopeAllowed: true,
    protocolMappers: [attributeMapper('tenant', false), attributeMapper('units', true), gatewayAudienceMapper],
  },
];

function realmUser({ username, name, roles, tenant, units }) {
  const attributes = {};
  if (tenant) attributes.tenant = [tenant];
  if (units.length > 0) attributes.units = [...units];
  return {
    username,
    enabled: true,
    emailVerified: false,
    firstName: name,
    attributes,
    credentials: [{ type: 'password', value: DEV_PASSWORD, temporary: false }],
    realmRoles: [...roles],
    requiredActions: [],
  };
}

function buildRealm(users = demoUsers()) {
  return {
    realm: REALM,
    displayName: 'CivicLoop',
    enabled: true,
    sslRequired: 'external',
    registrationAllowed: false,
    loginWithEmailAllowed: false,
    duplicateEmailsAllowed: true,
    resetPasswordAllowed: false,
    editUsernameAllowed: false,
    bruteForceProtected: true,
    defaultSignatureAlgorithm: 'RS256',
    accessTokenLifespan: ACCESS_TOKEN_LIFESPAN_S,
    ssoSessionIdleTimeout: 1800,
    ssoSessionMaxLifespan: 36000,
    internationalizationEnabled: true,
    supportedLocales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    roles: { realm: ROLES.map(([name, description]) => ({ name, description, composite: false, clientRole: false })) },
    clients,
    components: {
      'org.keycloak.userprofile.UserProfileProvider': [
        { providerId: 'declarative-user-profile', subComponents: {}, config: { 'kc.user.profile.config': [JSON.stringify(userProfile)] } },
      ],
    },
    users: users.map(realmUser),
  };
}

const FILES = {
  realm: path.join(__dirname, 'civicloop-realm.json'),
  demoUsers: path.join(__dirname, 'demo-users.json'),
};

function render() {
  const users = demoUsers();
  return {
    [FILES.realm]: `${JSON.stringify(buildRealm(users), null, 2)}\n`,
    // One person a line, so that the list reads as a table.
    [FILES.demoUsers]: `[\n${users.map((user) => `  ${JSON.stringify(user)}`).join(',\n')}\n]\n`,
  };
}

module.exports = { REALM, GATEWAY_CLIENT, PORTAL_CLIENT, DEV_PASSWORD, ROLES: ROLES.map(([name]) => name), FILES, demoUsers, buildRealm, render };

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of Object.entries(render())) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current === text) continue;
    if (check) {
      console.error(`${path.relative(process.cwd(), file)} is out of date: run node deploy/keycloak/generate-realm.js`);
      stale += 1;
    } else {
      fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}
