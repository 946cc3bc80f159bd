import type { NotificationKind } from '../../kit/city/notification-kinds';
import { wellFormedIds } from '../../kit/runtime/ids';
import { exec, maybeOne, one, rows, type Db } from '../../kit/runtime/sql';

/**
 * Whose entries a reader sees: those addressed to their volunteer id (looked up from their account through the
 * replica) and those addressed to their account as an organization's admin. Either may be null; both null is an
 * empty inbox.
 */
export interface Inbox {
  volunteerId: string | null;
  accountId: string | null;
}

/** An entry as it is written: its address, what it says, and what it was asked with. */
export interface NewEntry {
  recipientKey: string;
  volunteerId: string | null;
  organizationId: string | null;
  accountId: string | null;
  kind: NotificationKind;
  params: object;
  title: string;
  body: string;
  projectId: string | null;
  dedupeKey: string;
  createdAt: string;
}

export interface NotificationRow {
  id: string;
  /** bigserial, as pg returns it: the arrival order pages follow. */
  seq: string;
  kind: NotificationKind;
  title: string;
  body: string;
  projectId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

const COLUMNS = `id, seq, kind, title, body, project_id AS "projectId", created_at AS "createdAt", read_at AS "readAt"`;
/** The reader's entries; $1 is the volunteer id, $2 the account (a null matches nothing). */
const MINE = '(volunteer_id = $1 OR account_id = $2)';

/** Writes entries, each address at most once per dedupe key; returns how many were new. */
export function insertEntries(db: Db, entries: readonly NewEntry[]): Promise<number> {
  if (entries.length === 0) return Promise.resolve(0);
  return exec(
    db,
    `INSERT INTO notification (recipient_key, volunteer_id, organization_id, account_id, kind, params, title, body,
       project_id, dedupe_key, created_at)
     SELECT recipient_key, volunteer_id, organization_id, account_id, kind, params, title, body, project_id,
            dedupe_key, created_at
       FROM jsonb_to_recordset($1::jsonb) AS t(recipient_key text, volunteer_id uuid, organization_id uuid,
            account_id text, kind text, params jsonb, title text, body text, project_id uuid, dedupe_key text,
            created_at timestamptz)
     ON CONFLICT (recipient_key, dedupe_key) DO NOTHING`,
    [
      JSON.stringify(
        entries.map((e) => ({
          recipient_key: e.recipientKey,
          volunteer_id: e.volunteerId,
          organization_id: e.organizationId,
          account_id: e.accountId,
          kind: e.kind,
          params: e.params,
          title: e.title,
          body: e.body,
          project_id: e.projectId,
          dedupe_key: e.dedupeKey,
          created_at: e.createdAt,
        })),
      ),
    ],
  );
}

/** One page of the reader's inbox, newest first, after the entry at `afterSeq`; `limit` rows at most. */
export function inboxPage(
  db: Db,
  inbox: Inbox,
  opts: { unreadOnly: boolean; afterSeq: string | null; limit: number },
): Promise<NotificationRow[]> {
  return rows<NotificationRow>(
    db,
    `SELECT ${COLUMNS} FROM notification
      WHERE ${MINE} AND ($3::boolean IS FALSE OR read_at IS NULL) AND ($4::bigint IS NULL OR seq < $4)
      ORDER BY seq DESC LIMIT $5`,
    [inbox.volunteerId, inbox.accountId, opts.unreadOnly, opts.afterSeq, opts.limit],
  );
}

/** How many entries the reader has, and how many of them are unread, in one statement. */
export async function inboxCounts(db: Db, inbox: Inbox): Promise<{ total: number; unread: number }> {
  const r = await one<{ total: number; unread: number }>(
    db,
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
       FROM notification WHERE ${MINE}`,
    [inbox.volunteerId, inbox.accountId],
  );
  return r;
}

/**
 * Marks the reader's entries among `ids` read; returns how many became read. Under READ COMMITTED a row another
 * request marked meanwhile is re-checked (`read_at IS NULL`) after its lock, so each entry is counted once.
 */
export function markRead(db: Db, inbox: Inbox, ids: readonly string[]): Promise<number> {
  return exec(db, `UPDATE notification SET read_at = now() WHERE ${MINE} AND read_at IS NULL AND id = ANY($3)`, [
    inbox.volunteerId,
    inbox.accountId,
    wellFormedIds(ids),
  ]);
}

/** Marks every unread entry of the reader read; returns how many became read. */
export function markAllRead(db: Db, inbox: Inbox): Promise<number> {
  return exec(db, `UPDATE notification SET read_at = now() WHERE ${MINE} AND read_at IS NULL`, [
    inbox.volunteerId,
    inbox.accountId,
  ]);
}

/** The admin accounts of an organization as the replica holds them; null when no list has arrived yet. */
export async function adminsOf(db: Db, organizationId: string): Promise<string[] | null> {
  const r = await maybeOne<{ accountIds: string[] }>(
    db,
    'SELECT account_ids AS "accountIds" FROM organization_admins WHERE organization_id = $1',
    [organizationId],
  );
  return r?.accountIds ?? null;
}

/** The volunteer's entries, oldest first, for their data export. */
export function exportedEntries(db: Db, volunteerId: string) {
  return rows<{ kind: string; title: string; body: string; createdAt: Date; readAt: Date | null }>(
    db,
    `SELECT kind, title, body, created_at AS "createdAt", read_at AS "readAt" FROM notification
      WHERE volunteer_id = $1 ORDER BY seq`,
    [volunteerId],
  );
}

/** What the inbox held for a volunteer who deregistered: their entries go with them. */
export async function eraseVolunteerEntries(db: Db, volunteerId: string): Promise<void> {
  await exec(db, 'DELETE FROM notification WHERE volunteer_id = $1', [volunteerId]);
}
