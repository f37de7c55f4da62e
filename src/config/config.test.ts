import { describe, expect, it } from 'vitest';
import sandbox from '../../public/config.json';
import { parseConfig } from './config';

describe('runtime configuration', () => {
  it('accepts the shipped sandbox file and resolves relative URIs against the page', () => {
    const result = parseConfig(sandbox);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.config.oidc.redirectUri).toBe(`${window.location.origin}/auth/callback`);
  });

  it('lists every problem of an invalid file', () => {
    const result = parseConfig({ ...sandbox, environment: 'staging', fromAddress: 'nobody', oidc: { ...sandbox.oidc, clientId: '' } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.join('\n')).toMatch(/environment/);
      expect(result.problems.join('\n')).toMatch(/fromAddress/);
      expect(result.problems.join('\n')).toMatch(/oidc\.clientId/);
    }
  });

  it('defaults the profile switch to requested_subject with the may_act sub, and names a wrong setting', () => {
    const { tokenExchangeSubjectParameter: _p, tokenExchangeSubjectValue: _v, ...oidc } = sandbox.oidc;
    const defaults = parseConfig({ ...sandbox, oidc });
    expect(defaults.ok && [defaults.config.oidc.tokenExchangeSubjectParameter, defaults.config.oidc.tokenExchangeSubjectValue]).toEqual([
      'requested_subject',
      'sub',
    ]);
    const wrong = parseConfig({ ...sandbox, oidc: { ...oidc, tokenExchangeSubjectParameter: 'audience', tokenExchangeSubjectValue: 'name' } });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.problems.join('\n')).toMatch(/oidc\.tokenExchangeSubjectParameter: is already a parameter of the token exchange/);
      expect(wrong.problems.join('\n')).toMatch(/oidc\.tokenExchangeSubjectValue/);
    }
  });

  it('never asks for offline_access in a shipped configuration: an offline refresh token outlives logout (RFC 9700)', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of ['public/config.json', 'deploy/config.acceptance.json', 'deploy/config.production.json']) {
      const scope = (JSON.parse(readFileSync(file, 'utf8')) as { oidc: { scope: string } }).oidc.scope;
      expect(scope.split(' '), file).not.toContain('offline_access');
    }
  });
});
