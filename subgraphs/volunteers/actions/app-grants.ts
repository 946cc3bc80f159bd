import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { badInput } from '../../kit/runtime/errors';
import { isAppId } from '../../kit/city/consent';
import { appConsentsInForceOfAccount, type ConsentRow } from '../data/consent.repository';
import { partnerAppNames } from '../data/partner-app.repository';
import { personAccount } from './rights';
import { withdraw } from './consents';

/** A partner app holding the citizen's grant: their consent in force to it, named as the registry names it. */
export interface AppGrant {
  consent: ConsentRow;
  appName: string;
}

async function named(db: DataSource, consents: ConsentRow[]): Promise<AppGrant[]> {
  const names = await partnerAppNames(db, [...new Set(consents.map((c) => c.appId!))]);
  return consents.map((consent) => ({ consent, appName: names.get(consent.appId!) ?? consent.appId! }));
}

/**
 * The apps that hold a grant of the citizen signed in (issue 12.5): each app's consent in force, which the consent
 * page recorded when the citizen authorized it and without which the gateway accepts none of its tokens for them.
 * The citizen in person only: an app does not list its rivals' grants.
 */
export async function myAppGrants(db: DataSource, caller: Caller): Promise<AppGrant[]> {
  return named(db, await appConsentsInForceOfAccount(db, personAccount(caller, 'see the apps you authorized')));
}

/**
 * The citizen revokes an app's grant: their consent to it is withdrawn (announced like any withdrawal), and from
 * that commit on the gateway refuses the app's tokens for them and deletes the OAuth grant with every token under it.
 */
export async function revokeAppGrant(db: DataSource, caller: Caller, appId: string): Promise<AppGrant> {
  personAccount(caller, "revoke an app's authorization");
  if (!isAppId(appId)) throw badInput('appId must be an app id (lower-case letters, digits and dashes).', 'appId');
  const ended = await withdraw(db, caller, { recipient: 'APP', appId });
  const [grant] = await named(db, [ended]);
  return grant!;
}

/** For the gateway: true while the citizen with this account holds a consent in force to the app. */
export async function consentStands(db: DataSource, appId: string, accountId: string): Promise<boolean> {
  return (await appConsentsInForceOfAccount(db, accountId, appId)).length > 0;
}
