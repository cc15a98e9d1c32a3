import { portalLoginFor } from './portal-login';

describe('how the portal signs in', () => {
  it('uses the development login when no Keycloak is configured', () => {
    expect(portalLoginFor({ realm: 'civicloop' })).toEqual({ login: 'dev' });
  });

  it('sends the browser to Keycloak with the portal client when Keycloak is configured', () => {
    expect(portalLoginFor({ keycloakUrl: 'http://keycloak:8080/', realm: 'civicloop' })).toEqual({
      login: 'keycloak',
      url: 'http://keycloak:8080',
      realm: 'civicloop',
      clientId: 'civicloop-portal',
    });
  });

  it('gives the browser the public Keycloak address when it differs from the gateway’s', () => {
    expect(portalLoginFor({ keycloakUrl: 'http://keycloak.civicloop.svc:8080', keycloakPublicUrl: 'https://login.example.org/', realm: 'civicloop' })).toMatchObject({
      login: 'keycloak',
      url: 'https://login.example.org',
    });
  });
});
