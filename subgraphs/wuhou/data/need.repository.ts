import { wellFormedIds } from '../../kit/runtime/ids';
import { exec, maybeOne, one, rows, type Db } from '../../kit/runtime/sql';

export type Urgency = 'LOW' | 'NORMAL' | 'URGENT';
export type NeedStatus = 'OPEN' | 'TAKEN' | 'DONE' | 'CANCELLED';

export interface NeedRow {
  id: string;
  residentAccount: string;
  title: string;
  details: string;
  street: string;
  community: string;
  neededAt: Date;
  estimatedHours: number;
  urgency: Urgency;
  phone: string;
  addressDetail: string;
  status: NeedStatus;
  takerVolunteerId: string | null;
  takenAt: Date | null;
  doneAt: Date | null;
  honorHours: number | null;
  hidden: boolean;
  hiddenReason: string | null;
  postedAt: Date;
}

export type NewNeed = Pick<
  NeedRow,
  | 'residentAccount'
  | 'title'
  | 'details'
  | 'street'
  | 'community'
  | 'neededAt'
  | 'estimatedHours'
  | 'urgency'
  | 'phone'
  | 'addressDetail'
>;

const COLUMNS = `id, resident_account AS "residentAccount", title, details, street, community, needed_at AS "neededAt",
  estimated_hours::float8 AS "estimatedHours", urgency, phone, address_detail AS "addressDetail", status,
  taker_volunteer_id AS "takerVolunteerId", taken_at AS "takenAt", done_at AS "doneAt",
  honor_hours::float8 AS "honorHours", hidden, hidden_reason AS "hiddenReason", posted_at AS "postedAt"`;

export function needsByIds(db: Db, ids: readonly string[]): Promise<NeedRow[]> {
  return rows(db, `SELECT ${COLUMNS} FROM need WHERE id = ANY($1)`, [wellFormedIds(ids)]);
}

export function insertNeed(db: Db, n: NewNeed): Promise<NeedRow> {
  return one(
    db,
    `INSERT INTO need (resident_account, title, details, street, community, needed_at, estimated_hours, urgency, phone,
     address_detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
    [
      n.residentAccount,
      n.title,
      n.details,
      n.street,
      n.community,
      n.neededAt,
      n.estimatedHours,
      n.urgency,
      n.phone,
      n.addressDetail,
    ],
  );
}

/**
 * Takes an open, visible need in one conditional UPDATE: of any number of concurrent takers exactly one finds it
 * still OPEN (the row lock serialises them); the others get no row back.
 */
export function takeNeed(db: Db, id: string, volunteerId: string): Promise<NeedRow | null> {
  // Milliseconds, like posted_at: `myTakenNeeds` carries taken_at in its cursor as an ISO timestamp.
  return maybeOne(
    db,
    `UPDATE need SET status = 'TAKEN', taker_volunteer_id = $2, taken_at = date_trunc('milliseconds', now())
      WHERE id = $1 AND status = 'OPEN' AND NOT hidden RETURNING ${COLUMNS}`,
    [id, volunteerId],
  );
}

/** Moves a need of `residentAccount` from `from` to a new state; null when it is not in `from` (or not theirs). */
export function residentTransition(
  db: Db,
  id: string,
  residentAccount: string,
  from: NeedStatus,
  set: { status: NeedStatus; honorHours?: number },
): Promise<NeedRow | null> {
  return maybeOne(
    db,
    `UPDATE need SET status = $4::varchar, honor_hours = $5::numeric, done_at = CASE WHEN $4::varchar = 'DONE'
     THEN now() ELSE done_at END
      WHERE id = $1 AND resident_account = $2 AND status = $3 RETURNING ${COLUMNS}`,
    [id, residentAccount, from, set.status, set.honorHours ?? null],
  );
}

export function moderateNeed(
  db: Db,
  id: string,
  hidden: boolean,
  reason: string | null,
  by: string,
): Promise<NeedRow | null> {
  return maybeOne(
    db,
    `UPDATE need SET hidden = $2, hidden_reason = $3, hidden_by = $4 WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, hidden, reason, by],
  );
}

export interface BoardFilter {
  street: string | null;
  urgency: Urgency | null;
  status: NeedStatus;
  includeHidden: boolean;
}

/** The board, soonest needed first; `after` is the last (neededAt, id) seen. */
export function boardPage(db: Db, f: BoardFilter, after: [string, string] | null, limit: number): Promise<NeedRow[]> {
  return rows(
    db,
    `SELECT ${COLUMNS} FROM need
      WHERE status = $1 AND ($2 OR NOT hidden) AND ($3::text IS NULL OR street = $3)
        AND ($4::text IS NULL OR urgency = $4)
        AND ($5::timestamptz IS NULL OR (needed_at, id) > ($5, $6::uuid))
      ORDER BY needed_at, id LIMIT $7`,
    [f.status, f.includeHidden, f.street, f.urgency, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** A resident's own needs (`resident_account`) or a volunteer's taken ones (`taker_volunteer_id`), newest first. */
export function ownPage(
  db: Db,
  by: 'resident_account' | 'taker_volunteer_id',
  who: string,
  after: [string, string] | null,
  limit: number,
): Promise<NeedRow[]> {
  const at = by === 'resident_account' ? 'posted_at' : 'taken_at';
  return rows(
    db,
    `SELECT ${COLUMNS} FROM need WHERE ${by} = $1 AND ($2::timestamptz IS NULL OR (${at}, id) < ($2, $3::uuid))
      ORDER BY ${at} DESC, id DESC LIMIT $4`,
    [who, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** Honor hours and completed needs per volunteer, in one statement. */
export async function honorOf(
  db: Db,
  volunteerIds: readonly string[],
): Promise<{ volunteerId: string; honorHours: number; completedNeedCount: number }[]> {
  // sum(numeric) and count(*) come as text.
  const found = await rows<{ volunteer_id: string; hours: string; done: string }>(
    db,
    `SELECT taker_volunteer_id AS volunteer_id, sum(honor_hours) AS hours, count(*) AS done
       FROM need WHERE status = 'DONE' AND taker_volunteer_id = ANY($1) GROUP BY taker_volunteer_id`,
    [wellFormedIds(volunteerIds)],
  );
  return found.map((r) => ({
    volunteerId: r.volunteer_id,
    honorHours: Number(r.hours),
    completedNeedCount: Number(r.done),
  }));
}

/** Demo needs, inserted where absent. */
export async function seedNeeds(db: Db, needs: (NewNeed & { id: string } & Partial<NeedRow>)[]): Promise<void> {
  for (const n of needs) {
    await exec(
      db,
      `INSERT INTO need (id, resident_account, title, details, street, community, needed_at, estimated_hours, urgency,
         phone, address_detail, status, taker_volunteer_id, taken_at, done_at, honor_hours)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT DO NOTHING`,
      [
        n.id,
        n.residentAccount,
        n.title,
        n.details,
        n.street,
        n.community,
        n.neededAt,
        n.estimatedHours,
        n.urgency,
        n.phone,
        n.addressDetail,
        n.status ?? 'OPEN',
        n.takerVolunteerId ?? null,
        n.takenAt ?? null,
        n.doneAt ?? null,
        n.honorHours ?? null,
      ],
    );
  }
}
