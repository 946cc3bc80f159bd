import { importJWK, SignJWT, type JWK } from 'jose';

export interface TokenRequest {
  role: 'volunteer' | 'org_admin' | 'district_admin' | 'city_admin' | 'statistics_viewer' | 'partner';
  /** Account id (for a partner app: the linked citizen's account). */
  sub: string;
  org?: string;
  district?: string;
  /** Partner app id. */
  azp?: string;
  /** Partner scopes, space-separated. */
  scope?: string;
}

/** Signs a user token as the issuer would; the dev token command and the tests use it. */
export async function mintToken(
  issuerKey: JWK,
  req: TokenRequest,
  opts: { issuer: string; audience: string; expiresIn?: string | number },
): Promise<string> {
  const { sub, ...claims } = req;
  const key = await importJWK(issuerKey, 'EdDSA');
  return new SignJWT(Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined)))
    .setProtectedHeader({ alg: 'EdDSA', kid: issuerKey.kid })
    .setSubject(sub)
    .setIssuer(opts.issuer)
    .setAudience(opts.audience)
    .setIssuedAt()
    .setExpirationTime(opts.expiresIn ?? '12h')
    .sign(key);
}
