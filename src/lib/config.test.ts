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
});
