import { wellFormedIds } from '../../kit/runtime/ids';
import { exec, maybeOne, one, rows, type Db } from '../../kit/runtime/sql';

/* The standby pool, alerts and offers. Times of day are minutes, Chengdu time. */

export interface StandbyWindow {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  fromMinute: number;
  toMinute: number;
}

export interface MemberRow {
  volunteerId: string;
  skills: string[];
  windows: StandbyWindow[];
  joinedAt: Date;
  updatedAt: Date;
}

export type AlertStatus = 'OPEN' | 'FILLED' | 'CANCELLED';
export type OfferStatus = 'OFFERED' | 'ACCEPTED' | 'DECLINED';

export interface AlertRow {
  id: string;
  skill: string;
  place: string;
  startsAt: Date;
  needed: number;
  note: string;
  status: AlertStatus;
  offeredCount: number;
  acceptedCount: number;
  declinedCount: number;
  raisedAt: Date;
  filledAt: Date | null;
  cancelledAt: Date | null;
}

export type NewAlert = Pick<AlertRow, 'skill' | 'place' | 'startsAt' | 'needed' | 'note'> & { raisedBy: string };

export interface OfferRow {
  alertId: string;
  volunteerId: string;
  status: OfferStatus;
  offeredAt: Date;
  answeredAt: Date | null;
}

const MEMBER = `m.volunteer_id AS "volunteerId", m.skills, m.joined_at AS "joinedAt", m.updated_at AS "updatedAt",
  coalesce((SELECT json_agg(json_build_object('weekday', w.weekday, 'fromMinute', w.from_minute,
     'toMinute', w.to_minute) ORDER BY w.weekday, w.from_minute)
   FROM standby_window w WHERE w.volunteer_id = m.volunteer_id), '[]') AS windows`;
const ALERT = `id, skill, place, starts_at AS "startsAt", needed, note, status, offered_count AS "offeredCount",
  accepted_count AS "acceptedCount", declined_count AS "declinedCount", raised_at AS "raisedAt",
  filled_at AS "filledAt", cancelled_at AS "cancelledAt"`;
const OFFER = `alert_id AS "alertId", volunteer_id AS "volunteerId", status, offered_at AS "offeredAt",
  answered_at AS "answeredAt"`;

export function memberOf(db: Db, volunteerId: string): Promise<MemberRow | null> {
  return maybeOne(db, `SELECT ${MEMBER} FROM standby_member m WHERE m.volunteer_id = $1`, [volunteerId]);
}

/** Joins or edits in one transaction (the caller's): the member row is upserted first, so edits queue on it. */
export async function saveMember(m: Db, volunteerId: string, skills: string[], windows: StandbyWindow[]) {
  await exec(
    m,
    `INSERT INTO standby_member (volunteer_id, skills) VALUES ($1, $2)
     ON CONFLICT (volunteer_id) DO UPDATE SET skills = EXCLUDED.skills, updated_at = now()`,
    [volunteerId, skills],
  );
  await exec(m, 'DELETE FROM standby_window WHERE volunteer_id = $1', [volunteerId]);
  await exec(
    m,
    `INSERT INTO standby_window (volunteer_id, weekday, from_minute, to_minute)
     SELECT $1, * FROM unnest($2::smallint[], $3::smallint[], $4::smallint[])`,
    [volunteerId, windows.map((w) => w.weekday), windows.map((w) => w.fromMinute), windows.map((w) => w.toMinute)],
  );
}

/**
 * Leaves the pool: offers still waiting on open alerts are withdrawn (and uncounted). The alerts are locked first,
 * in id order, as acceptances lock them, so a leave racing an acceptance queues instead of deadlocking.
 */
export async function removeMember(m: Db, volunteerId: string): Promise<boolean> {
  await rows(
    m,
    `SELECT a.id FROM alert a JOIN alert_offer o ON o.alert_id = a.id
      WHERE o.volunteer_id = $1 AND o.status = 'OFFERED' AND a.status = 'OPEN' ORDER BY a.id FOR UPDATE OF a`,
    [volunteerId],
  );
  await exec(
    m,
    `WITH gone AS (
       DELETE FROM alert_offer o USING alert a
        WHERE o.alert_id = a.id AND o.volunteer_id = $1 AND o.status = 'OFFERED' AND a.status = 'OPEN'
       RETURNING o.alert_id)
     UPDATE alert SET offered_count = offered_count - 1 WHERE id IN (SELECT alert_id FROM gone)`,
    [volunteerId],
  );
  return (await exec(m, 'DELETE FROM standby_member WHERE volunteer_id = $1', [volunteerId])) > 0;
}

/**
 * Raises an alert and offers it, in one statement, to every active member with the skill whose window holds the
 * start (weekday and minute of the day in Chengdu). The alert records how many it was offered to.
 */
export function insertAlert(m: Db, a: NewAlert, id: string | null = null): Promise<AlertRow> {
  return one(
    m,
    `WITH at AS (SELECT ($3::timestamptz AT TIME ZONE 'Asia/Shanghai') AS local),
     matched AS (
       SELECT DISTINCT s.volunteer_id FROM standby_member s
         JOIN standby_window w ON w.volunteer_id = s.volunteer_id
         JOIN volunteer_replica v ON v.volunteer_id = s.volunteer_id AND v.status = 'ACTIVE', at
        WHERE $1 = ANY (s.skills) AND w.weekday = extract(isodow FROM at.local)
          AND w.from_minute <= extract(hour FROM at.local) * 60 + extract(minute FROM at.local)
          AND w.to_minute > extract(hour FROM at.local) * 60 + extract(minute FROM at.local)),
     created AS (
       INSERT INTO alert (id, skill, place, starts_at, needed, note, raised_by, offered_count)
       VALUES (coalesce($7::uuid, gen_random_uuid()), $1, $2, $3, $4, $5, $6, (SELECT count(*) FROM matched))
       RETURNING *),
     offers AS (INSERT INTO alert_offer (alert_id, volunteer_id) SELECT c.id, v.volunteer_id FROM created c, matched v)
     SELECT ${ALERT} FROM created`,
    [a.skill, a.place, a.startsAt, a.needed, a.note, a.raisedBy, id],
  );
}

export function alertsByIds(db: Db, ids: readonly string[]): Promise<AlertRow[]> {
  return rows(db, `SELECT ${ALERT} FROM alert WHERE id = ANY($1)`, [wellFormedIds(ids)]);
}

/** The alert's row, locked: every answer to one alert queues here, so the fill count is never overtaken. */
export function lockAlert(m: Db, id: string): Promise<AlertRow | null> {
  return maybeOne(m, `SELECT ${ALERT} FROM alert WHERE id = $1 FOR UPDATE`, [id]);
}

export function offerOf(m: Db, alertId: string, volunteerId: string): Promise<OfferRow | null> {
  return maybeOne(m, `SELECT ${OFFER} FROM alert_offer WHERE alert_id = $1 AND volunteer_id = $2`, [
    alertId,
    volunteerId,
  ]);
}

/** A volunteer's offers of these alerts, for `JinniuAlert.myOffer` in one statement per page. */
export function offersOfVolunteer(db: Db, volunteerId: string, alertIds: readonly string[]): Promise<OfferRow[]> {
  return rows(db, `SELECT ${OFFER} FROM alert_offer WHERE volunteer_id = $1 AND alert_id = ANY($2)`, [
    volunteerId,
    wellFormedIds(alertIds),
  ]);
}

/**
 * Records an answer to `offer` as it was read under the alert's lock (which every answer holds). Accepting takes a
 * place and fills the alert with the last one; a change of mind from DECLINED moves that count back.
 */
export async function answerOffer(m: Db, offer: OfferRow, to: 'ACCEPTED' | 'DECLINED'): Promise<OfferRow> {
  const accepted = to === 'ACCEPTED' ? 1 : 0;
  const declined = (to === 'DECLINED' ? 1 : 0) - (offer.status === 'DECLINED' ? 1 : 0);
  await exec(
    m,
    `UPDATE alert SET accepted_count = accepted_count + $2, declined_count = declined_count + $3,
       status = CASE WHEN accepted_count + $2 = needed THEN 'FILLED' ELSE status END,
       filled_at = CASE WHEN accepted_count + $2 = needed THEN now() ELSE filled_at END
      WHERE id = $1`,
    [offer.alertId, accepted, declined],
  );
  return one(
    m,
    `UPDATE alert_offer SET status = $3, answered_at = date_trunc('milliseconds', now())
      WHERE alert_id = $1 AND volunteer_id = $2 RETURNING ${OFFER}`,
    [offer.alertId, offer.volunteerId, to],
  );
}

export function cancelAlert(m: Db, id: string): Promise<AlertRow> {
  return one(
    m,
    `UPDATE alert SET status = 'CANCELLED', cancelled_at = coalesce(cancelled_at, now()) WHERE id = $1
     RETURNING ${ALERT}`,
    [id],
  );
}

/** Alerts newest first (admins); `after` is [raisedAt, id]. */
export function alertsPage(
  db: Db,
  status: AlertStatus | null,
  after: [string, string] | null,
  limit: number,
): Promise<AlertRow[]> {
  return rows(
    db,
    `SELECT ${ALERT} FROM alert WHERE ($1::text IS NULL OR status = $1)
        AND ($2::timestamptz IS NULL OR (raised_at, id) < ($2, $3::uuid))
      ORDER BY raised_at DESC, id DESC LIMIT $4`,
    [status, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** A volunteer's offers newest first; `after` is [offeredAt, alertId]. */
export function offersPage(
  db: Db,
  volunteerId: string,
  status: OfferStatus | null,
  after: [string, string] | null,
  limit: number,
): Promise<OfferRow[]> {
  return rows(
    db,
    `SELECT ${OFFER} FROM alert_offer WHERE volunteer_id = $1 AND ($2::text IS NULL OR status = $2)
        AND ($3::timestamptz IS NULL OR (offered_at, alert_id) < ($3, $4::uuid))
      ORDER BY offered_at DESC, alert_id DESC LIMIT $5`,
    [volunteerId, status, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}
