/** Starts the identity provider and the API on real ports; used by `npm run sandbox` and the contract tests. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { JWK } from 'jose';
import { buildDirectory } from './data/directory';
import { createApiApp } from './api/app';
import { keycloakVerifier, remoteVerifier } from './api/auth';
import { AUDIENCE } from './claims';
import { BACKEND_SECRET } from './keycloak/realm';
import { Store } from './api/store';
import { createIdentityProvider } from './idp/provider';
import type { SubjectSelector } from './personas';
import { Revocations } from './revocations';

export interface SandboxOptions {
  apiPort: number;
  idpPort: number;
  /** Host name in the issuer; the app and the tokens must agree on it. */
  issuerHost?: string;
  appOrigins: readonly string[];
  clientId: string;
  accessTokenTtl: number;
  exchangeSubject: SubjectSelector;
  strictFrom: boolean;
  dataFile?: string;
  signingKey: JWK;
}

export interface RunningSandbox {
  apiUrl: string;
  issuer: string;
  store: Store;
  close(): Promise<void>;
}

function listen(server: Server, port: number, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`${name}: port ${port} is already in use (set ${name === 'identity provider' ? 'SANDBOX_IDP_PORT' : 'SANDBOX_API_PORT'} to use another)`)
          : error,
      );
    });
    server.listen(port, 'localhost', () => resolve((server.address() as AddressInfo).port));
  });
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const idpServer = createServer();
  const idpPort = await listen(idpServer, options.idpPort, 'identity provider');
  const issuer = `http://${options.issuerHost ?? 'localhost'}:${idpPort}`;
  const revocations = new Revocations();
  const idp = createIdentityProvider({
    issuer,
    signingKey: options.signingKey,
    clientId: options.clientId,
    appOrigins: options.appOrigins,
    accessTokenTtl: options.accessTokenTtl,
    exchangeSubject: options.exchangeSubject,
    revocations,
  });
  idpServer.on('request', idp.handler);

  const store = new Store(options.dataFile);
  const api = createApiApp({
    store,
    directory: buildDirectory(),
    verify: remoteVerifier(issuer, revocations),
    allowedOrigins: options.appOrigins,
    strictFrom: options.strictFrom,
  });
  const apiServer = createServer(getRequestListener(api.fetch));
  let apiPort: number;
  try {
    apiPort = await listen(apiServer, options.apiPort, 'API');
  } catch (error) {
    await closeServer(idpServer);
    throw error;
  }

  return {
    apiUrl: `http://localhost:${apiPort}/therapeuticExclusion/v2`,
    issuer,
    store,
    close: async () => {
      await Promise.all([closeServer(apiServer), closeServer(idpServer)]);
    },
  };
}

/** The API alone, for a real Keycloak (scripts/keycloak.mjs) as the identity provider. */
export async function startApiForKeycloak(options: Pick<SandboxOptions, 'apiPort' | 'appOrigins' | 'strictFrom' | 'dataFile'> & { realmUrl: string }) {
  const api = createApiApp({
    store: new Store(options.dataFile),
    directory: buildDirectory(),
    verify: await keycloakVerifier(options.realmUrl, { clientId: AUDIENCE, secret: BACKEND_SECRET }),
    allowedOrigins: options.appOrigins,
    strictFrom: options.strictFrom,
  });
  const apiServer = createServer(getRequestListener(api.fetch));
  const apiPort = await listen(apiServer, options.apiPort, 'API');
  return { apiUrl: `http://localhost:${apiPort}/therapeuticExclusion/v2`, issuer: options.realmUrl, close: () => closeServer(apiServer) };
}
