/**
 * Access tokens revoked at the identity provider's revocation endpoint. The sandbox's access
 * tokens are JWTs, which oidc-provider does not store and so cannot revoke itself: the IdP records
 * their jti here, and the API and the token exchange refuse them until they would have expired.
 */
export class Revocations {
  private readonly revoked = new Map<string, number>();

  add(jti: string, expiresAt: number): void {
    this.revoked.set(jti, expiresAt);
  }

  has(jti: string | undefined): boolean {
    const now = Date.now() / 1000;
    for (const [id, exp] of this.revoked) if (exp < now) this.revoked.delete(id);
    return jti !== undefined && this.revoked.has(jti);
  }
}
