import { In, type DataSource, type EntityManager } from 'typeorm';
import { conflict } from '../../kit/runtime/errors';
import { emitEvent } from '../../kit/runtime/events';
import { readHoursAnnouncement, type HoursAnnouncement } from '../../kit/runtime/hours-announcement';
import { wellFormedIds } from '../../kit/runtime/ids';
import { hoursRangeOf } from '../rules/growth';
import { VolunteerEntity } from './volunteer.entity';

export function volunteersByIds(db: DataSource, ids: readonly string[]): Promise<VolunteerEntity[]> {
  return db.getRepository(VolunteerEntity).findBy({ id: In(wellFormedIds(ids)) });
}

export function volunteersByAccounts(db: DataSource, accounts: readonly string[]): Promise<VolunteerEntity[]> {
  return db.getRepository(VolunteerEntity).findBy({ accountId: In([...accounts]) });
}

export function volunteersByCardCodes(db: DataSource, codes: readonly string[]): Promise<VolunteerEntity[]> {
  return db.getRepository(VolunteerEntity).findBy({ cardCode: In([...codes]) });
}

export function volunteerCounts(db: DataSource, codes: readonly string[]): Promise<{ key: string; count: string }[]> {
  return db
    .getRepository(VolunteerEntity)
    .createQueryBuilder('v')
    .select('v.district_code', 'key')
    .addSelect('count(*)', 'count')
    .where('v.district_code = ANY(:codes)', { codes })
    .groupBy('v.district_code')
    .getRawMany();
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
): Promise<{ rows: VolunteerEntity[]; total: number }> {
  const qb = db.getRepository(VolunteerEntity).createQueryBuilder('v');
  if (filter.district) qb.andWhere('v.district_code = :district', { district: filter.district });
  if (filter.skill) qb.andWhere(':skill = ANY(v.skills)', { skill: filter.skill });
  if (filter.starLevel !== undefined) {
    const { from, to } = hoursRangeOf(filter.starLevel);
    qb.andWhere('v.hours_snapshot >= :fromHours', { fromHours: from });
    if (to !== null) qb.andWhere('v.hours_snapshot < :toHours', { toHours: to });
  }
  if (filter.registeredFrom) {
    qb.andWhere("v.created_at >= (CAST(:fromDay AS date)::timestamp AT TIME ZONE 'Asia/Shanghai')", {
      fromDay: filter.registeredFrom,
    });
  }
  if (filter.registeredTo) {
    qb.andWhere("v.created_at < ((CAST(:toDay AS date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')", {
      toDay: filter.registeredTo,
    });
  }
  const total = await qb.clone().getCount();
  if (after)
    qb.andWhere('(v.created_at, v.id) < (:afterAt, :afterId)', { afterAt: after.createdAt, afterId: after.id });
  const rows = await qb
    .orderBy('v.created_at', 'DESC')
    .addOrderBy('v.id', 'DESC')
    .limit(size + 1)
    .getMany();
  return { rows, total };
}

/** What the projects subgraph needs about a volunteer for sign-up eligibility; no ID or phone number. */
function profileEvent(v: VolunteerEntity) {
  return {
    volunteerId: v.id,
    accountId: v.accountId,
    districtCode: v.districtCode,
    birthDate: v.birthDate,
    skills: v.skills,
    status: 'ACTIVE',
    // Partner apps read sign-ups and records in the projects subgraph only while this consent stands.
    shareWithPartners: v.shareWithPartners,
  };
}

const UNIQUE_MESSAGES: Record<string, string> = {
  account_id: 'You are already registered as a volunteer; edit your profile instead.',
  id_number:
    'This ID number is already registered to another volunteer account. If it is yours, contact your district volunteer office.',
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
  const taken: { account_id: string; id_number: string | null }[] = await m.query(
    'SELECT account_id, id_number FROM volunteer WHERE account_id = $1 OR id_number = $2',
    [accountId, idNumber],
  );
  if (taken.some((t) => t.account_id === accountId)) throw conflict(UNIQUE_MESSAGES.account_id!);
  if (taken.length) throw conflict(UNIQUE_MESSAGES.id_number!);
}

/** Inserts a registration and announces it, in one transaction; a race on account or ID number ends in CONFLICT. */
export async function insertVolunteer(db: DataSource, row: Partial<VolunteerEntity>): Promise<VolunteerEntity> {
  try {
    return await db.transaction(async (m) => {
      await assertFree(m, row.accountId!, row.idNumber!);
      const saved = await m.getRepository(VolunteerEntity).save(m.getRepository(VolunteerEntity).create(row));
      await emitEvent(m, 'volunteer.profile', profileEvent(saved));
      return saved;
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
): Promise<VolunteerEntity | null> {
  return db.transaction(async (m) => {
    const repo = m.getRepository(VolunteerEntity);
    const current = await repo.findOne({ where: { accountId }, lock: { mode: 'pessimistic_write' } });
    if (!current) return null;
    const saved = await repo.save(repo.merge(current, patch, { updatedAt: new Date() }));
    await emitEvent(m, 'volunteer.profile', profileEvent(saved));
    return saved;
  });
}

/**
 * Keeps the hours snapshot that lets admin lists filter by star level in SQL. Only a total newer than the one held
 * replaces it (the version decides, not the arrival order: see HoursAnnouncement); equal versions come only from
 * unversioned events, which keep the last-wins rule they were written for. A malformed payload is ignored rather
 * than blocking the queue.
 */
export async function recordAnnouncedHours(m: EntityManager, payload: Partial<HoursAnnouncement>): Promise<void> {
  const p = readHoursAnnouncement(payload);
  if (!p) return;
  await m.query('UPDATE volunteer SET hours_snapshot = $2, hours_version = $3 WHERE id = $1 AND hours_version <= $3', [
    p.volunteerId,
    p.confirmedHours,
    p.version,
  ]);
}
