import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { conflict, forbidden, notFound, unauthenticated } from '../../kit/runtime/errors';
import { hashSecret, newSecret } from '../../kit/runtime/secret-hash';
import {
  changeStatus,
  insertPartnerApp,
  partnerAppById,
  replaceSecret,
  type PartnerAppRow,
  type PartnerAppStatus,
} from '../data/partner-app.repository';
import { deliveriesOfApp } from '../data/webhook.repository';
import type { SecretBox } from '../../kit/runtime/webhooks';
import { validatePartnerApp, type PartnerAppInput } from '../rules/partner-app';

/** The registry is the city's: only a city admin reads or changes it. */
export function requireCityAdmin(caller: Caller): string {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as a city admin to manage partner apps.');
  if (caller.kind !== 'cityAdmin') throw forbidden('Only city admins manage partner apps.');
  return caller.accountId;
}

/**
 * Registers an app with two secrets, both shown once: the client secret (kept hashed) and the webhook signing secret
 * (kept sealed, since deliveries are signed with it; a separate secret, so the client secret is never kept readable).
 */
export async function register(db: DataSource, secrets: SecretBox, caller: Caller, input: PartnerAppInput) {
  const admin = requireCityAdmin(caller);
  const app = validatePartnerApp(input);
  const clientSecret = newSecret();
  const webhookSecret = newSecret();
  const saved = await insertPartnerApp(
    db,
    { ...app, secretHash: await hashSecret(clientSecret), webhookSecretSealed: secrets.seal(webhookSecret) },
    admin,
  );
  if (!saved) throw conflict(`A partner app with client id ${app.clientId} is already registered.`);
  return { app: saved, clientSecret, webhookSecret };
}

/** New client and webhook secrets at once: a rotation after a leak replaces whatever the app's server held. */
export async function rotateSecret(db: DataSource, secrets: SecretBox, caller: Caller, clientId: string) {
  requireCityAdmin(caller);
  const clientSecret = newSecret();
  const webhookSecret = newSecret();
  const app = await replaceSecret(db, clientId, await hashSecret(clientSecret), secrets.seal(webhookSecret));
  if (!app) throw await missing(db, clientId);
  return { app, clientSecret, webhookSecret };
}

/** An app's webhook deliveries, newest first, for city admins. */
export async function deliveryLog(db: DataSource, caller: Caller, clientId: string, first: number) {
  requireCityAdmin(caller);
  if (!(await partnerAppById(db, clientId))) throw notFound(`No partner app has client id ${clientId}.`);
  return deliveriesOfApp(db, clientId, Math.min(Math.max(first, 1), 200));
}

/** The moves between statuses: a revoked app stays revoked. */
const MOVES = {
  suspend: { from: ['ACTIVE'], to: 'SUSPENDED' },
  resume: { from: ['SUSPENDED'], to: 'ACTIVE' },
  revoke: { from: ['ACTIVE', 'SUSPENDED'], to: 'REVOKED' },
} as const satisfies Record<string, { from: PartnerAppStatus[]; to: PartnerAppStatus }>;

export async function move(
  db: DataSource,
  caller: Caller,
  clientId: string,
  how: keyof typeof MOVES,
): Promise<PartnerAppRow> {
  requireCityAdmin(caller);
  const { from, to } = MOVES[how];
  const app = await changeStatus(db, clientId, from, to);
  if (!app) throw await missing(db, clientId, `${how} it`);
  return app;
}

/** NOT_FOUND for an unknown app; CONFLICT naming its status when the change does not apply to it. */
async function missing(db: DataSource, clientId: string, what = 'change its secret') {
  const app = await partnerAppById(db, clientId);
  if (!app) return notFound(`No partner app has client id ${clientId}.`);
  return conflict(`The partner app is ${app.status}: you cannot ${what}.`);
}
