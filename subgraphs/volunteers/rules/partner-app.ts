import crypto from 'node:crypto';
import { isAppId } from '../../kit/city/consent';
import { isPartnerScope, PARTNER_SCOPE_NAMES, PARTNER_SCOPES } from '../../kit/city/partner-scopes';
import { isWebhookEvent, WEBHOOK_EVENT_NAMES } from '../../kit/city/webhook-events';
import { badInput } from '../../kit/runtime/errors';

export interface PartnerAppInput {
  clientId?: string | null;
  name: string;
  redirectUris: readonly string[];
  allowedScopes: readonly string[];
  corsOrigins: readonly string[];
  webhookUrl?: string | null;
  webhookEvents?: readonly string[] | null;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An absolute https URL, or http on this machine (development and tests); no fragment, as OAuth requires. */
function requireUrl(value: string, field: string, { origin }: { origin: boolean }): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badInput(`${field}: "${value.slice(0, 100)}" is not an absolute URL.`, field);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure) throw badInput(`${field} must use https (http only for localhost).`, field);
  if (url.hash) throw badInput(`${field} must not contain a #fragment.`, field);
  if (origin && url.origin !== value.replace(/\/$/, ''))
    throw badInput(`${field} must be an origin alone, such as https://app.example.cn.`, field);
  return origin ? url.origin : value;
}

function list(values: readonly string[], field: string, max: number): string[] {
  if (values.length > max) throw badInput(`${field}: at most ${max}.`, field);
  return [...new Set(values.map((v) => v.trim()))];
}

/** Checks a registration and puts it in the form kept; the client id is generated when none is given. */
export function validatePartnerApp(input: PartnerAppInput) {
  const clientId = input.clientId?.trim() || `app-${crypto.randomBytes(6).toString('hex')}`;
  if (!isAppId(clientId))
    throw badInput('clientId: 2 to 64 lower-case letters, digits and dashes, e.g. tianfu-citizen-cloud.', 'clientId');
  const name = input.name.trim();
  if (name.length < 2 || name.length > 60) throw badInput('name: 2 to 60 characters.', 'name');
  const allowedScopes = list(input.allowedScopes, 'allowedScopes', PARTNER_SCOPE_NAMES.length);
  if (allowedScopes.length === 0 || !allowedScopes.every(isPartnerScope))
    throw badInput(`allowedScopes: at least one of ${PARTNER_SCOPE_NAMES.join(', ')}.`, 'allowedScopes');
  const redirectUris = list(input.redirectUris, 'redirectUris', 10).map((u) =>
    requireUrl(u, 'redirectUris', { origin: false }),
  );
  const corsOrigins = list(input.corsOrigins, 'corsOrigins', 10).map((u) =>
    requireUrl(u, 'corsOrigins', { origin: true }),
  );
  if (redirectUris.length === 0 && allowedScopes.some((s) => isPartnerScope(s) && PARTNER_SCOPES[s].forCitizen))
    throw badInput(
      'redirectUris: at least one for an app that acts for citizens (volunteer:read, project:signup).',
      'redirectUris',
    );
  const webhookUrl = input.webhookUrl?.trim()
    ? requireUrl(input.webhookUrl.trim(), 'webhookUrl', { origin: false })
    : null;
  // Every event by default: an app that gives a webhook URL wants to hear, and may narrow the list.
  const webhookEvents = [...new Set(input.webhookEvents ?? WEBHOOK_EVENT_NAMES)];
  if (!webhookEvents.every(isWebhookEvent))
    throw badInput(`webhookEvents: among ${WEBHOOK_EVENT_NAMES.join(', ')}.`, 'webhookEvents');
  return { clientId, name, redirectUris, allowedScopes, corsOrigins, webhookUrl, webhookEvents };
}
