import { describe, expect, it } from 'vitest';
import { hasRestAccess, readAccessTokenClaims } from './claims';

const jwt = (claims: Record<string, unknown>) => `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.sig`;
const anna = { ssin: '85071412330', sub: 'sub-of-anna', exp: 2_000_000_000, userProfile: { ssin: '85071412330', firstName: 'Anna', lastName: 'Peeters' } };

describe('readAccessTokenClaims', () => {
  it('reads the claims of a JWT, and names the claims that are wrong (never their values)', () => {
    const read = readAccessTokenClaims(jwt(anna));
    expect(read).toMatchObject({ ok: true, claims: { ssin: '85071412330' } });
    const wrong = readAccessTokenClaims(jwt({ ...anna, exp: 'soon' }));
    expect(wrong).toEqual({ ok: false, problems: [expect.stringMatching(/^exp: /)] });
    expect(JSON.stringify(wrong)).not.toContain('soon');
    expect(readAccessTokenClaims('not-a-jwt')).toEqual({ ok: false, problems: ['the access token is not a JWT'] });
  });

  it('reads the roles per client and names what is wrong with them; a claim it does not read is not checked', () => {
    const backend = { ...anna, aud: ['ehealth-exclusion-backend'], resource_access: { 'ehealth-exclusion-backend': { roles: ['rest-access'] } } };
    const read = readAccessTokenClaims(jwt(backend));
    expect(read.ok && hasRestAccess(read.claims, 'ehealth-exclusion-backend')).toBe(true);
    const login = readAccessTokenClaims(jwt({ ...anna, aud: 'account' }));
    expect(login.ok && hasRestAccess(login.claims, 'ehealth-exclusion-backend')).toBe(false);
    // The public interface's `aud`, `sid`, `scope`…: not read, so another shape does not lock the user out.
    expect(readAccessTokenClaims(jwt({ ...anna, aud: 7, sid: null, scope: ['openid'] }))).toMatchObject({ ok: true, claims: { ssin: anna.ssin } });
    expect(readAccessTokenClaims(jwt({ ...anna, resource_access: { account: { roles: 'view' } } }))).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^resource_access\.account\.roles: /)],
    });
  });

  it('reads the same token once: a second read gives the same answer without parsing again', () => {
    const token = jwt({ ...anna, sub: 'sub-read-twice' });
    const first = readAccessTokenClaims(token);
    expect(readAccessTokenClaims(token)).toBe(first);
    const other = readAccessTokenClaims(jwt({ ...anna, sub: 'another' }));
    expect(other).not.toBe(first);
    expect(other).toMatchObject({ ok: true, claims: { sub: 'another' } });
  });
});
