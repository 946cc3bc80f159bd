/**
 * Who is asking. The gateway derives it from the bearer token; subgraphs receive it signed by the gateway
 * and decide what the caller may see or do. A "volunteer" is any signed-in citizen, registered or not yet.
 * An org or district admin's `organizationId` / `district` is what the token claims: the owner's admin list decides
 * (organization-admins.ts, district-admins.ts). A city admin is trusted by token (see district-admins.ts).
 */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'volunteer'; accountId: string }
  | { kind: 'orgAdmin'; accountId: string; organizationId: string }
  | { kind: 'districtAdmin'; accountId: string; district: string }
  | { kind: 'cityAdmin'; accountId: string }
  /**
   * A read-only city dashboard (issue 13): aggregates and nothing personal. Its account is the dashboard's sign-in,
   * never a volunteer's record, so it acts for nobody (accountOf gives null).
   */
  | { kind: 'statisticsViewer'; accountId: string }
  /**
   * A partner app (e.g. 天府市民云) acting for the linked citizen `accountId`, limited to `scopes`. `appName` is the
   * registry's name for it when the gateway accepted the token, so what the app does is recorded under the name the
   * citizen knows ("via 天府市民云") without a subgraph asking the registry.
   */
  | { kind: 'partner'; appId: string; scopes: string[]; accountId: string; appName?: string };

export type CallerKind = Caller['kind'];

export const ANONYMOUS: Caller = { kind: 'anonymous' };

/** The account a caller acts for, if any (a partner app acts for its linked citizen). */
export function accountOf(caller: Caller): string | null {
  return caller.kind === 'anonymous' || caller.kind === 'statisticsViewer' ? null : caller.accountId;
}
