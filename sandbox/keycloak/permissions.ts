/**
 * What a realm import cannot carry: Keycloak's fine-grained admin permissions (V1), set through
 * the admin API once Keycloak runs (scripts/keycloak.mjs). The legacy token exchange reads them:
 * - the backend's `token-exchange` permission: the app's client may exchange for its audience;
 * - the users' `impersonate` permission: who may switch to someone (requested_subject);
 * - the users' `user-impersonated` permission: who may be switched to.
 * V1 evaluates the last two apart, never as a pair: it cannot say "Marc for Lina but not for
 * Georges". Only Maria's refusal (her mandate covers prescriptions only) is kept, by leaving her
 * out of the people who may be switched to (docs/iam-connect.md, "Against a real Keycloak 26.7").
 */
import KcAdminClient from '@keycloak/keycloak-admin-client';
import { EXCLUSION_BACKEND } from '../../src/domain/serviceContract';
import { decideActingFor, PERSONAS } from '../personas';
import { REALM, SPA_CLIENT } from './realm';

/** The persona ids that may act for someone, and the relatives someone may act for (the sandbox's rules). */
export function actingPairs() {
  const pairs = PERSONAS.flatMap((persona) =>
    [...persona.children, ...persona.mandators].filter((r) => decideActingFor(persona, r.ssin).ok).map((r) => ({ actor: persona.sub, patient: r.sub })),
  );
  return { actors: [...new Set(pairs.map((p) => p.actor))], patients: [...new Set(pairs.map((p) => p.patient))] };
}

export async function setPermissions(baseUrl: string): Promise<void> {
  const kc = new KcAdminClient({ baseUrl, realmName: 'master' });
  await kc.auth({ username: 'admin', password: 'admin', grantType: 'password', clientId: 'admin-cli' });
  kc.setConfig({ realmName: REALM });

  const clientId = async (name: string) => {
    const [client] = await kc.clients.find({ clientId: name });
    if (!client?.id) throw new Error(`the realm has no client ${name}`);
    return client.id;
  };
  const [spa, backend, realmManagement] = await Promise.all([clientId(SPA_CLIENT), clientId(EXCLUSION_BACKEND), clientId('realm-management')]);

  /** Attach a new policy to one of the permissions Keycloak made when permissions were enabled. */
  const grant = async (permissionId: string | undefined, type: 'client' | 'user', policy: { name: string; clients?: string[]; users?: string[] }) => {
    if (!permissionId) throw new Error(`Keycloak made no permission for ${policy.name}`);
    const created = await kc.clients.createPolicy({ id: realmManagement, type }, policy);
    const permission = await kc.clients.findOnePermission({ id: realmManagement, type: 'scope', permissionId });
    const [resources, scopes] = await Promise.all([
      kc.clients.getAssociatedResources({ id: realmManagement, permissionId }),
      kc.clients.getAssociatedScopes({ id: realmManagement, permissionId }),
    ]);
    await kc.clients.updatePermission(
      { id: realmManagement, type: 'scope', permissionId },
      { ...permission, resources: resources.map((r) => r._id), scopes: scopes.map((s) => s.id), policies: [created.id!] },
    );
  };

  const backendPermissions = await kc.clients.updateFineGrainPermission({ id: backend }, { enabled: true });
  await grant(backendPermissions.scopePermissions?.['token-exchange'], 'client', { name: 'the exclusions app', clients: [spa] });

  const { actors, patients } = actingPairs();
  const userPermissions = await kc.realms.updateUsersManagementPermissions({ realm: REALM, enabled: true });
  await grant(userPermissions.scopePermissions?.impersonate, 'user', { name: 'parents and mandataries', users: actors });
  await grant(userPermissions.scopePermissions?.['user-impersonated'], 'user', { name: 'children and mandators with a medical-data mandate', users: patients });
}
