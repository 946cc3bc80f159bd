import type { Caller } from '../runtime/caller';
import { appError, forbidden } from '../runtime/errors';
import type { ConsentPurpose, DataKind } from './consent';

/**
 * The scopes a partner app may be registered for and ask for (issue 12). The registry (volunteers) checks an app's
 * allowed scopes against this list; the gateway's OAuth server offers exactly these, shows citizens what each means
 * and records, for the scopes that act for a citizen, the consent (purposes and kinds of data) they imply, so the
 * visibility rules that already read consents apply unchanged.
 */
export interface PartnerScope {
  /** What the consent page tells the citizen (or, for app-only scopes, what the app reads). */
  label: string;
  /** True when the scope acts for a citizen: only the authorization code flow grants it. */
  forCitizen: boolean;
  purposes: ConsentPurpose[];
  kinds: DataKind[];
}

export const PARTNER_SCOPES = {
  'projects:read': { label: '浏览公开的志愿服务项目', forCitizen: false, purposes: [], kinds: [] },
  'volunteer:read': {
    label: '读取我的志愿者资料与服务记录',
    forCitizen: true,
    purposes: ['SHOW_MY_RECORDS'],
    kinds: ['PROFILE', 'SERVICE_RECORDS'],
  },
  'project:signup': {
    label: '代我报名、取消报名志愿服务项目',
    forCitizen: true,
    purposes: ['SIGN_UP_FOR_ME'],
    kinds: ['ACTIVITY'],
  },
  'calendar:read': {
    label: '读取我的志愿日程，生成和更换日历订阅链接',
    forCitizen: true,
    purposes: ['REMIND_ME'],
    kinds: ['ACTIVITY'],
  },
  'records:correct': {
    label: '代我申请更正志愿服务时长',
    forCitizen: true,
    purposes: ['SHOW_MY_RECORDS'],
    kinds: ['SERVICE_RECORDS'],
  },
} as const satisfies Record<string, PartnerScope>;

export type PartnerScopeName = keyof typeof PARTNER_SCOPES;
export const PARTNER_SCOPE_NAMES = Object.keys(PARTNER_SCOPES) as PartnerScopeName[];
export const isPartnerScope = (s: string): s is PartnerScopeName => Object.hasOwn(PARTNER_SCOPES, s);

/**
 * Refuses a partner app whose token lacks `scope` for `action` (INSUFFICIENT_SCOPE naming it, so the app can ask the
 * citizen for it); `scope` null means no scope covers the action: only the citizen in person does it. Every other
 * caller passes: what they may do is decided by the action's own rules. Called by the subgraph owning the data.
 */
export function requirePartnerScope(caller: Caller, scope: PartnerScopeName | null, action: string): void {
  if (caller.kind !== 'partner') return;
  if (scope === null) throw forbidden(`Only the citizen in person can ${action}: no app scope covers it.`);
  if (!caller.scopes.includes(scope))
    throw appError('INSUFFICIENT_SCOPE', `This app's token lacks the scope ${scope} needed to ${action}.`, { scope });
}
