import type { DataSource, EntityManager } from 'typeorm';
import {
  CONSENT_PURPOSES,
  DATA_KINDS,
  type ConsentInForce,
  type ConsentPurpose,
  type ConsentRecipient,
  type DataKind,
} from '../../kit/city/consent';
import { emit } from '../../kit/runtime/event-catalogue';
import { wellFormedIds } from '../../kit/runtime/ids';
import { entities, exec, maybeEntity, maybeOne, one, rows, type Db } from '../../kit/runtime/sql';
import { VolunteerEntity } from './volunteer.entity';
import type { ActiveVolunteer } from './volunteer.repository';

export type ConsentStatus = 'PENDING_GUARDIAN' | 'ACTIVE' | 'WITHDRAWN' | 'REPLACED';
export type ConsentActor = 'VOLUNTEER' | 'GUARDIAN';

/** A consent record as kept (migrations/1764900000000-consents.ts). */
export interface ConsentRow {
  id: string;
  volunteerId: string;
  recipient: ConsentRecipient;
  appId: string | null;
  purposes: ConsentPurpose[];
  kinds: DataKind[];
  status: ConsentStatus;
  grantedAt: Date;
  grantedBy: ConsentActor;
  guardianAgreedAt: Date | null;
  endedAt: Date | null;
  endedBy: ConsentActor | null;
}

const COLUMNS = `id, volunteer_id AS "volunteerId", recipient, app_id AS "appId", purposes, kinds, status,
  granted_at AS "grantedAt", granted_by AS "grantedBy", guardian_agreed_at AS "guardianAgreedAt",
  ended_at AS "endedAt", ended_by AS "endedBy"`;
const IN_FORCE = `status IN ('ACTIVE', 'PENDING_GUARDIAN')`;

/** Every consent of these volunteers, history included, newest first. */
export function consentsOfVolunteers(db: Db, ids: readonly string[]): Promise<ConsentRow[]> {
  return rows<ConsentRow>(
    db,
    `SELECT ${COLUMNS} FROM consent WHERE volunteer_id = ANY($1) ORDER BY granted_at DESC, id DESC`,
    [wellFormedIds(ids)],
  );
}

export function consentById(db: Db, id: string): Promise<ConsentRow | null> {
  return maybeOne<ConsentRow>(db, `SELECT ${COLUMNS} FROM consent WHERE id = $1`, [id]);
}

/** Ends the consent in force to a recipient (withdrawn or replaced); the ended rows, none when nothing stood. */
export function endConsent(
  m: EntityManager,
  volunteerId: string,
  recipient: ConsentRecipient,
  appId: string | null,
  how: { status: 'WITHDRAWN' | 'REPLACED'; by: ConsentActor | null; at: Date },
): Promise<ConsentRow[]> {
  return rows<ConsentRow>(
    m,
    `UPDATE consent SET status = $4, ended_at = $5, ended_by = $6
      WHERE volunteer_id = $1 AND recipient = $2 AND app_id IS NOT DISTINCT FROM $3 AND ${IN_FORCE}
      RETURNING ${COLUMNS}`,
    [volunteerId, recipient, appId, how.status, how.at, how.by],
  );
}

/** Withdraws every consent to an app at once (the deprecated global switch turned off). */
export function endAppConsents(m: EntityManager, volunteerId: string, by: ConsentActor, at: Date) {
  return rows<ConsentRow>(
    m,
    `UPDATE consent SET status = 'WITHDRAWN', ended_at = $2, ended_by = $3
      WHERE volunteer_id = $1 AND recipient = 'APP' AND ${IN_FORCE} RETURNING ${COLUMNS}`,
    [volunteerId, at, by],
  );
}

export function insertConsent(
  m: Db,
  c: Pick<ConsentRow, 'volunteerId' | 'recipient' | 'appId' | 'purposes' | 'kinds' | 'status' | 'grantedBy'> & {
    grantedAt?: Date;
  },
): Promise<ConsentRow> {
  return one<ConsentRow>(
    m,
    `INSERT INTO consent (volunteer_id, recipient, app_id, purposes, kinds, status, granted_by, granted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8, now())) RETURNING ${COLUMNS}`,
    [c.volunteerId, c.recipient, c.appId, c.purposes, c.kinds, c.status, c.grantedBy, c.grantedAt ?? null],
  );
}

/** A pending consent becomes active with the guardian's agreement; null when it was not pending. */
export function agreeToConsent(m: EntityManager, id: string, at: Date): Promise<ConsentRow | null> {
  return maybeOne<ConsentRow>(
    m,
    `UPDATE consent SET status = 'ACTIVE', guardian_agreed_at = $2 WHERE id = $1 AND status = 'PENDING_GUARDIAN'
     RETURNING ${COLUMNS}`,
    [id, at],
  );
}

/**
 * Announces the volunteer's consents in force (active ones; a pending consent grants nothing yet) with the next
 * version, in the transaction that changed them: consumers keep the newest set, whatever the delivery order.
 */
export async function announceConsents(m: EntityManager, volunteerId: string): Promise<void> {
  const { version } = await one<{ version: string }>(
    m,
    'UPDATE volunteer SET consents_version = consents_version + 1 WHERE id = $1 RETURNING consents_version AS version',
    [volunteerId],
  );
  const inForce = await rows<ConsentInForce>(
    m,
    `SELECT recipient, app_id AS "appId", purposes, kinds FROM consent
      WHERE volunteer_id = $1 AND status = 'ACTIVE' ORDER BY granted_at, id`,
    [volunteerId],
  );
  await emit(m, 'volunteer.consents', { volunteerId, version: Number(version), consents: inForce });
}

/**
 * Records `accountId` as the confirmed guardian of the child, while `phone` is still the guardian's number on record
 * (the volunteer may name another guardian meanwhile: `nameGuardian`).
 */
export function linkGuardian(
  db: DataSource,
  childId: string,
  accountId: string,
  phone: string,
): Promise<ActiveVolunteer | null> {
  return maybeEntity<ActiveVolunteer>(
    db,
    VolunteerEntity,
    `UPDATE volunteer SET guardian_account_id = $2, guardian_linked_at = now()
      WHERE id = $1 AND status = 'ACTIVE' AND guardian_phone = $3
        AND (guardian_account_id IS NULL OR guardian_account_id = $2) RETURNING *`,
    [childId, accountId, phone],
  );
}

/**
 * Records the guardian a volunteer names after registering, replacing one recorded but not confirmed; null when a
 * guardian has confirmed meanwhile (a confirmed guardian is not replaced here).
 */
export function recordGuardian(
  db: DataSource,
  volunteerId: string,
  g: { name: string; relation: string; phone: string },
  at: Date,
): Promise<ActiveVolunteer | null> {
  return maybeEntity<ActiveVolunteer>(
    db,
    VolunteerEntity,
    `UPDATE volunteer SET guardian_name = $2, guardian_relation = $3, guardian_phone = $4, guardian_consented_at = $5
      WHERE id = $1 AND status = 'ACTIVE' AND guardian_account_id IS NULL RETURNING *`,
    [volunteerId, g.name, g.relation, g.phone, at],
  );
}

/** The volunteers whose confirmed guardian is this account. */
export function wardsOf(db: DataSource, accountId: string): Promise<ActiveVolunteer[]> {
  return entities<ActiveVolunteer>(
    db,
    VolunteerEntity,
    `SELECT * FROM volunteer WHERE guardian_account_id = $1 AND status = 'ACTIVE' ORDER BY created_at`,
    [accountId],
  );
}

/** Demo consents to `appId` for every purpose and kind, for volunteers who hold no consent record yet. */
export async function seedDemoConsents(db: DataSource, volunteerIds: readonly string[], appId: string): Promise<void> {
  await exec(
    db,
    `INSERT INTO consent (volunteer_id, recipient, app_id, purposes, kinds, status, granted_by, granted_at)
     SELECT v.id, 'APP', $2, $3, $4, 'ACTIVE', 'VOLUNTEER', coalesce(v.share_with_partners_at, v.created_at)
       FROM volunteer v WHERE v.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.volunteer_id = v.id)`,
    [[...volunteerIds], appId, [...CONSENT_PURPOSES], [...DATA_KINDS]],
  );
}

/** The consents to apps in force (given, or waiting for the guardian) of the volunteer with this account. */
export function appConsentsInForceOfAccount(db: Db, accountId: string, appId?: string): Promise<ConsentRow[]> {
  return rows<ConsentRow>(
    db,
    `SELECT ${COLUMNS} FROM consent
      WHERE volunteer_id = (SELECT id FROM volunteer WHERE account_id = $1 AND status = 'ACTIVE')
        AND recipient = 'APP' AND ($2::text IS NULL OR app_id = $2) AND ${IN_FORCE}
      ORDER BY granted_at DESC, id DESC`,
    [accountId, appId ?? null],
  );
}
