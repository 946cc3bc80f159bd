import type { DataSource } from 'typeorm';
import { accountOf, type Caller } from '../../kit/runtime/caller';
import { replicaOfAccount, type ReplicaVolunteer } from '../../kit/district/volunteer-replica.repository';
import { inboxCounts, type Inbox } from './notification.repository';

/**
 * Per request: the caller's account as a volunteer, looked up at most once (any signed-in account, partner included),
 * and the inbox's totals, counted at most once per inbox however many fields ask.
 */
export function createLoaders(db: DataSource, caller: Caller) {
  let mine: Promise<ReplicaVolunteer | null> | undefined;
  const me = (): Promise<ReplicaVolunteer | null> => {
    const account = accountOf(caller);
    if (!account) return Promise.resolve(null);
    mine ??= replicaOfAccount(db, account);
    return mine;
  };
  const counted = new Map<string, Promise<{ total: number; unread: number }>>();
  const counts = (inbox: Inbox) => {
    const key = `${inbox.volunteerId}|${inbox.accountId}`;
    let c = counted.get(key);
    if (!c) {
      c = inbox.volunteerId || inbox.accountId ? inboxCounts(db, inbox) : Promise.resolve({ total: 0, unread: 0 });
      counted.set(key, c);
    }
    return c;
  };
  return { me, counts };
}

export type Loaders = ReturnType<typeof createLoaders>;
