import { SignJWT, jwtVerify, importJWK, type JWK, type CryptoKey } from 'jose';
import { z } from 'zod';
import type { Caller } from './caller';

/**
 * The identity the gateway forwards to subgraphs: a short-lived JWS signed with the gateway's private key.
 * Subgraphs hold only the public key, so neither a client nor a subgraph can mint one.
 */
export const IDENTITY_HEADER = 'x-qingju-identity';
const ISSUER = 'qingju-gateway';
const AUDIENCE = 'qingju-subgraphs';
const ALG = 'EdDSA';
/** Long enough for the slowest query plan, short enough that a leaked header is soon useless. */
export const IDENTITY_LIFETIME_SECONDS = 60;

const callerSchema: z.ZodType<Caller> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({ kind: z.literal('volunteer'), accountId: z.string().min(1) }),
  z.object({ kind: z.literal('orgAdmin'), accountId: z.string().min(1), organizationId: z.string().min(1) }),
  z.object({ kind: z.literal('districtAdmin'), accountId: z.string().min(1), district: z.string().min(1) }),
  z.object({ kind: z.literal('cityAdmin'), accountId: z.string().min(1) }),
  z.object({ kind: z.literal('statisticsViewer'), accountId: z.string().min(1) }),
  z.object({
    kind: z.literal('partner'),
    appId: z.string().min(1),
    scopes: z.array(z.string()),
    accountId: z.string().min(1),
    appName: z.string().min(1).optional(),
  }),
]);

/** Imports a JWK given as JSON text (how keys travel in config). */
export async function importKey(jwkJson: string): Promise<CryptoKey> {
  const jwk = JSON.parse(jwkJson) as JWK;
  return (await importJWK(jwk, ALG)) as CryptoKey;
}

/**
 * Gateway side: signs the caller. The token holds the caller and its issue and expiry times, nothing of one request,
 * so the gateway reuses it for every request of the same caller while it is young (gateway/identities.ts).
 */
export async function signIdentity(caller: Caller, privateKey: CryptoKey): Promise<string> {
  return new SignJWT({ caller })
    .setProtectedHeader({ alg: ALG })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${IDENTITY_LIFETIME_SECONDS}s`)
    .sign(privateKey);
}

/** Subgraph side: the caller, or null when the header is missing, unsigned, tampered with or expired. */
export async function verifyIdentity(header: string | undefined, publicKey: CryptoKey): Promise<Caller | null> {
  if (!header) return null;
  try {
    const { payload } = await jwtVerify(header, publicKey, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [ALG],
      maxTokenAge: `${IDENTITY_LIFETIME_SECONDS}s`,
    });
    const parsed = callerSchema.safeParse(payload.caller);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
