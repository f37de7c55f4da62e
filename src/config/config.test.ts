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

  it('names a URL, a mailbox, a timeout or an application name it cannot use', () => {
    const problems = (change: object) => {
      const result = parseConfig({ ...sandbox, ...change });
      return result.ok ? [] : result.problems;
    };
    expect(problems({ apiBaseUrl: 'localhost:8081/api' })).toEqual(['apiBaseUrl: is not an http(s) URL']);
    expect(problems({ apiBaseUrl: 'ftp://example.org/api' })).toEqual(['apiBaseUrl: is not an http(s) URL']);
    expect(problems({ oidc: { ...sandbox.oidc, authority: '/idp' } })).toEqual(['oidc.authority: is not an http(s) URL']);
    expect(problems({ fromAddress: 'ops@example' })).toEqual(['fromAddress: is not an e-mail address']);
    expect(problems({ apiTimeoutMs: 999 })).toEqual(['apiTimeoutMs: must be a whole number from 1000 to 120000']);
    expect(problems({ apiTimeoutMs: 1500.5 })).toEqual(['apiTimeoutMs: must be a whole number from 1000 to 120000']);
    expect(problems({ apiTimeoutMs: '20000' })).toHaveLength(1);
    expect(problems({ applications: { myhealth: { nl: 'MyHealth', es: 'MiSalud' } } })).toEqual(['applications.myhealth: may only name nl, fr, de, en']);
    expect(problems({ applications: { myhealth: { nl: '' } } })).toHaveLength(1);
    const accepted = parseConfig({ ...sandbox, apiTimeoutMs: 1000, applications: { myhealth: 'MyHealth', other: { fr: 'Autre', nl: 'Ander' } } });
    expect(accepted.ok && [accepted.config.apiTimeoutMs, accepted.config.applications]).toEqual([
      1000,
      { myhealth: 'MyHealth', other: { fr: 'Autre', nl: 'Ander' } },
    ]);
  });

  it('names the values a setting may take, and fills in the defaults of what is left out', () => {
    const problems = (change: object) => {
      const result = parseConfig({ ...sandbox, ...change });
      return result.ok ? [] : result.problems;
    };
    expect(problems({ environment: 'staging' })).toEqual(['environment: must be one of sandbox, acceptance, production']);
    expect(problems({ applications: { myhealth: 42 } })).toEqual(['applications.myhealth: must be a name, or names by language']);
    expect(problems({ applications: { myhealth: '' } })).toEqual(['applications.myhealth: must not be empty']);
    const { apiTimeoutMs: _t, applications: _a, ...rest } = sandbox as typeof sandbox & { apiTimeoutMs?: number; applications?: object };
    const defaults = parseConfig(rest);
    expect(defaults.ok && [defaults.config.apiTimeoutMs, defaults.config.applications]).toEqual([20_000, {}]);
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
