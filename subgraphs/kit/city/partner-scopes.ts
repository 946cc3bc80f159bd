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
} as const satisfies Record<string, PartnerScope>;

export type PartnerScopeName = keyof typeof PARTNER_SCOPES;
export const PARTNER_SCOPE_NAMES = Object.keys(PARTNER_SCOPES) as PartnerScopeName[];
export const isPartnerScope = (s: string): s is PartnerScopeName => Object.hasOwn(PARTNER_SCOPES, s);
