import { cardDigest } from '../../kit/city/card-code';
import type { DataSource, EntityManager } from 'typeorm';
import { conflict } from '../../kit/runtime/errors';
import { emit, type EventPayload } from '../../kit/runtime/event-catalogue';
import { wellFormedIds } from '../../kit/runtime/ids';
import { entities, exec, maybeEntity, one, oneEntity, rows } from '../../kit/runtime/sql';
import { starLevel } from '../../kit/city/growth';
import { hoursRangeOf } from '../rules/growth';
import { VolunteerEntity } from './volunteer.entity';

/**
 * An active registration: it has an account and a district (the table's CHECK says so), which a deregistered row no
 * longer has. Every read for the API loads active rows only.
 */
export type ActiveVolunteer = VolunteerEntity & { accountId: string; districtCode: string };

const active = (rows: Promise<VolunteerEntity[]>) => rows as Promise<ActiveVolunteer[]>;

export function volunteersByIds(db: DataSource, ids: readonly string[]): Promise<ActiveVolunteer[]> {
  return active(
    entities(db, VolunteerEntity, `SELECT * FROM volunteer WHERE id = ANY($1) AND status = 'ACTIVE'`, [
      wellFormedIds(ids),
    ]),
  );
}

export function volunteersByAccounts(db: DataSource, accounts: readonly string[]): Promise<ActiveVolunteer[]> {
  return active(
    entities(db, VolunteerEntity, `SELECT * FROM volunteer WHERE account_id = ANY($1) AND status = 'ACTIVE'`, [
      [...accounts],
    ]),
  );
}

export function volunteersByCardCodes(db: DataSource, codes: readonly string[]): Promise<ActiveVolunteer[]> {
  return active(
    entities(db, VolunteerEntity, `SELECT * FROM volunteer WHERE card_code = ANY($1) AND status = 'ACTIVE'`, [
      [...codes],
    ]),
  );
}

export function volunteerCounts(db: DataSource, codes: readonly string[]): Promise<{ key: string; count: string }[]> {
  return rows(
    db,
    `SELECT district_code AS key, count(*) AS count FROM volunteer WHERE district_code = ANY($1) AND status = 'ACTIVE'
      GROUP BY district_code`,
    [codes],
  );
}

/** Admin list filters, already validated and authorized. */
export interface VolunteerListFilter {
  district?: string;
  skill?: string;
  starLevel?: number;
  /** YYYY-MM-DD, inclusive, Beijing calendar days. */
  registeredFrom?: string;
  registeredTo?: string;
}

/** One page (newest registrations first) plus the total matching the filter: two statements. */
export async function listVolunteers(
  db: DataSource,
  filter: VolunteerListFilter,
  size: number,
  after: { createdAt: string; id: string } | null,
): Promise<{ rows: ActiveVolunteer[]; total: number }> {
  const params: unknown[] = [];
  // Deregistered rows hold no one's data and are nobody's to list.
  const where = ["v.status = 'ACTIVE'"];
  if (filter.district) where.push(`v.district_code = $${params.push(filter.district)}`);
  if (filter.skill) where.push(`$${params.push(filter.skill)} = ANY(v.skills)`);
  if (filter.starLevel !== undefined) {
    const { from, to } = hoursRangeOf(filter.starLevel);
    where.push(`v.hours_snapshot >= $${params.push(from)}`);
    if (to !== null) where.push(`v.hours_snapshot < $${params.push(to)}`);
  }
  if (filter.registeredFrom) {
    where.push(
      `v.created_at >= (CAST($${params.push(filter.registeredFrom)} AS date)::timestamp AT TIME ZONE 'Asia/Shanghai')`,
    );
  }
  if (filter.registeredTo) {
    where.push(
      `v.created_at
         < ((CAST($${params.push(filter.registeredTo)} AS date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`,
    );
  }
  const counted = await one<{ count: string }>(
    db,
    `SELECT count(*) AS count FROM volunteer v WHERE ${where.join(' AND ')}`,
    params,
  );
  if (after) where.push(`(v.created_at, v.id) < ($${params.push(after.createdAt)}, $${params.push(after.id)})`);
  const page = await entities(
    db,
    VolunteerEntity,
    `SELECT v.* FROM volunteer v WHERE ${where.join(' AND ')}
      ORDER BY v.created_at DESC, v.id DESC LIMIT $${params.push(size + 1)}`,
    params,
  );
  return { rows: page as ActiveVolunteer[], total: Number(counted.count) };
}

/** What the projects subgraph needs about a volunteer for sign-up eligibility; no ID or phone number. */
function profileEvent(v: VolunteerEntity) {
  return {
    volunteerId: v.id,
    // Only active registrations are announced: they have both.
    accountId: v.accountId!,
    districtCode: v.districtCode!,
    birthDate: v.birthDate,
    skills: v.skills,
    status: v.status,
    // No global consent switch any more: consents per app travel in `volunteer.consents`.
  };
}

const UNIQUE_MESSAGES: Record<string, string> = {
  account_id: 'You are already registered as a volunteer; edit your profile instead.',
  id_number:
    'This ID number is already registered to another volunteer account. If it is yours, contact your district ' +
    'volunteer office.',
  card_code: 'Registration hit a rare code collision; please submit again.',
};

/** Turns a unique violation into CONFLICT naming what is taken (never the value itself). */
function asConflict(err: unknown): unknown {
  const pg = err as { code?: string; detail?: string };
  if (pg.code !== '23505') return err;
  const column = Object.keys(UNIQUE_MESSAGES).find((c) => pg.detail?.includes(`(${c})`));
  return conflict(column ? UNIQUE_MESSAGES[column]! : 'This registration conflicts with an existing one.');
}

/** Checks that the account and ID number are free, so the usual case gets a clear CONFLICT before any insert. */
async function assertFree(m: EntityManager, accountId: string, idNumber: string): Promise<void> {
  const taken = await rows<{ account_id: string; id_number: string | null }>(
    m,
    'SELECT account_id, id_number FROM volunteer WHERE account_id = $1 OR id_number = $2',
    [accountId, idNumber],
  );
  if (taken.some((t) => t.account_id === accountId)) throw conflict(UNIQUE_MESSAGES.account_id!);
  if (taken.length) throw conflict(UNIQUE_MESSAGES.id_number!);
}

/** What a registration writes (fields left out are empty); the hours snapshot starts at 0, the update time now. */
export type NewVolunteer = Pick<VolunteerEntity, 'accountId' | 'displayName' | 'districtCode'> &
  Partial<Omit<VolunteerEntity, 'id' | 'createdAt' | 'updatedAt' | 'hoursSnapshot'>>;

const WRITTEN_COLUMNS = `account_id, display_name, district_code, real_name, sex, birth_date, id_number, phone, skills,
  service_categories, card_code, consented_at, share_with_partners, share_with_partners_at, guardian_name,
  guardian_relation, guardian_phone, guardian_consented_at`;

/** The values of WRITTEN_COLUMNS, in that order, as $1 ... $18. */
function writtenValues(v: NewVolunteer): unknown[] {
  return [
    v.accountId,
    v.displayName,
    v.districtCode,
    v.realName ?? null,
    v.sex ?? null,
    v.birthDate ?? null,
    v.idNumber ?? null,
    v.phone ?? null,
    v.skills ?? [],
    v.serviceCategories ?? [],
    v.cardCode ?? null,
    v.consentedAt ?? null,
    v.shareWithPartners ?? false,
    v.shareWithPartnersAt ?? null,
    v.guardianName ?? null,
    v.guardianRelation ?? null,
    v.guardianPhone ?? null,
    v.guardianConsentedAt ?? null,
  ];
}

/** Inserts a registration and announces it, in one transaction; a race on account or ID number ends in CONFLICT. */
export async function insertVolunteer(db: DataSource, row: NewVolunteer): Promise<ActiveVolunteer> {
  try {
    return await db.transaction(async (m) => {
      await assertFree(m, row.accountId!, row.idNumber!);
      const saved = await oneEntity(
        m,
        VolunteerEntity,
        `INSERT INTO volunteer (${WRITTEN_COLUMNS})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING *`,
        writtenValues(row),
      );
      await emit(m, 'volunteer.profile', profileEvent(saved));
      if (saved.cardCode)
        await emit(m, 'volunteer.card', { volunteerId: saved.id, cardDigest: cardDigest(saved.cardCode) });
      return saved as ActiveVolunteer;
    });
  } catch (err) {
    throw asConflict(err);
  }
}

/** Applies an edit to the account's registration and announces the new profile; null when not registered. */
export async function updateVolunteer(
  db: DataSource,
  accountId: string,
  patch: Partial<VolunteerEntity>,
): Promise<ActiveVolunteer | null> {
  return db.transaction(async (m) => {
    const current = await maybeEntity(
      m,
      VolunteerEntity,
      `SELECT * FROM volunteer WHERE account_id = $1 AND status = 'ACTIVE' FOR UPDATE`,
      [accountId],
    );
    if (!current) return null;
    const next = { ...current, ...patch };
    // Every column a registration writes, from the merged row; the hours snapshot belongs to the hours events.
    const saved = await oneEntity(
      m,
      VolunteerEntity,
      `UPDATE volunteer SET (${WRITTEN_COLUMNS}, updated_at) =
         ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
       WHERE id = $1 RETURNING *`,
      [current.id, ...writtenValues(next), new Date()],
    );
    await emit(m, 'volunteer.profile', profileEvent(saved));
    return saved as ActiveVolunteer;
  });
}

/**
 * Keeps the hours snapshot that lets admin lists filter by star level in SQL, and the day each star was reached
 * (`star_days`, behind the dashboard's star levels: migration 1764900300000). Only a total newer than the one held
 * replaces it (the version decides, not the arrival order: see `volunteer.hours` in the event catalogue); equal
 * versions come only from unversioned events, which keep the last-wins rule they were written for. A star already
 * reached keeps its day; one newly reached is dated the Beijing day `announcedOn` the total was summed, never before
 * the registration or an earlier star; a star lost to a corrected total is dropped.
 */
export async function recordAnnouncedHours(
  m: EntityManager,
  p: EventPayload<'volunteer.hours'>,
  announcedOn: string,
): Promise<void> {
  await exec(
    m,
    `UPDATE volunteer SET hours_snapshot = $2, hours_version = $3,
       star_days = ARRAY(
         SELECT coalesce(star_days[k], greatest($5::date, (created_at AT TIME ZONE 'Asia/Shanghai')::date,
                                                 (SELECT max(d) FROM unnest(star_days) d)))
           FROM generate_series(1, $4::int) k ORDER BY k)
     WHERE id = $1 AND hours_version <= $3`,
    [p.volunteerId, p.confirmedHours, p.version, starLevel(p.confirmedHours), announcedOn],
  );
}

/** Keeps the organizations a volunteer signed up with; only a newer announcement (its version) replaces them. */
export async function recordSignedUpOrganizations(
  m: EntityManager,
  p: EventPayload<'volunteer.organizations'>,
): Promise<void> {
  await exec(
    m,
    `UPDATE volunteer SET organization_ids = $2, organizations_version = $3
      WHERE id = $1 AND organizations_version < $3`,
    [p.volunteerId, p.organizationIds, p.version],
  );
}
/** The active registration of an account, locked for the caller's transaction. */
export function lockVolunteerOfAccount(m: EntityManager, accountId: string): Promise<ActiveVolunteer | null> {
  return maybeEntity<ActiveVolunteer>(
    m,
    VolunteerEntity,
    `SELECT * FROM volunteer WHERE account_id = $1 AND status = 'ACTIVE' FOR UPDATE`,
    [accountId],
  );
}

/** An active registration by id, locked for the caller's transaction. */
export function lockVolunteer(m: EntityManager, id: string): Promise<ActiveVolunteer | null> {
  return maybeEntity<ActiveVolunteer>(
    m,
    VolunteerEntity,
    `SELECT * FROM volunteer WHERE id = $1 AND status = 'ACTIVE' FOR UPDATE`,
    [id],
  );
}

/** Writes the four fields fixed at registration (an accepted correction) and announces the profile. */
export async function correctFixedFields(
  m: EntityManager,
  id: string,
  f: Pick<VolunteerEntity, 'realName' | 'sex' | 'birthDate' | 'idNumber' | 'displayName'>,
): Promise<VolunteerEntity> {
  try {
    const saved = await oneEntity(
      m,
      VolunteerEntity,
      `UPDATE volunteer SET real_name = $2, sex = $3, birth_date = $4, id_number = $5, display_name = $6,
         updated_at = now()
       WHERE id = $1 RETURNING *`,
      [id, f.realName, f.sex, f.birthDate, f.idNumber, f.displayName],
    );
    await emit(m, 'volunteer.profile', profileEvent(saved));
    return saved;
  } catch (err) {
    throw asConflict(err);
  }
}

/** The name a deregistered volunteer leaves behind: on their row, and on the proofs issued to them. */
export const DEREGISTERED_NAME = '已注销志愿者';

/**
 * Erases a volunteer's personal data (issue 11.3), in the caller's transaction with the row locked: every personal
 * column emptied or set to the placeholder, the account unlinked (free to register anew) and the ID number's
 * uniqueness freed; proofs keep their figures under the placeholder name; the correction history goes. The row and
 * its random id stay, so issued proofs still verify. Announces `volunteer.deregistered` to every replica.
 */
export async function eraseVolunteer(m: EntityManager, v: ActiveVolunteer): Promise<void> {
  await exec(
    m,
    `UPDATE volunteer SET account_id = NULL, district_code = NULL, display_name = $2, real_name = $2, sex = NULL,
       birth_date = NULL, id_number = NULL, phone = NULL, skills = '{}', service_categories = '{}', card_code = NULL,
       share_with_partners = false, share_with_partners_at = NULL, guardian_name = NULL, guardian_relation = NULL,
       guardian_phone = NULL, guardian_consented_at = NULL, guardian_account_id = NULL, guardian_linked_at = NULL,
       organization_ids = '{}', status = 'DEREGISTERED', deregistered_at = now(), updated_at = now()
     WHERE id = $1`,
    [v.id, DEREGISTERED_NAME],
  );
  // Consents in force end with the person (the rows stay as history, naming no one once the record is erased); a
  // child they were guardian of must have a guardian confirm anew.
  await exec(
    m,
    `UPDATE consent SET status = 'WITHDRAWN', ended_at = now(), ended_by = 'VOLUNTEER'
      WHERE volunteer_id = $1 AND status IN ('ACTIVE', 'PENDING_GUARDIAN')`,
    [v.id],
  );
  await exec(
    m,
    'UPDATE volunteer SET guardian_account_id = NULL, guardian_linked_at = NULL WHERE guardian_account_id = $1',
    [v.accountId],
  );
  await exec(m, 'UPDATE service_proof SET holder_name = $2 WHERE volunteer_id = $1', [v.id, DEREGISTERED_NAME]);
  await exec(m, 'DELETE FROM record_correction WHERE volunteer_id = $1', [v.id]);
  await emit(m, 'volunteer.deregistered', { volunteerId: v.id, accountId: v.accountId });
}
