import type { DataSource } from 'typeorm';
import { demoCrowd, FIRST_CROWD_VOLUNTEER } from '../../kit/city/demo-crowd';
import { demoDay, demoInstant } from '../../kit/city/demo-days';
import { cardDigest } from '../../kit/city/card-code';
import { emit } from '../../kit/runtime/event-catalogue';
import { idCheckChar } from '../../kit/city/idcard';
import { seedRows } from '../../kit/runtime/seed';
import { seedDemoConsents } from './consent.repository';
import demo from './demo.json';
import { VolunteerEntity } from './volunteer.entity';

type DemoVolunteer = (typeof demo.volunteers)[number] & { birthDateMoves?: boolean; guardianConsentedAt?: string };

/**
 * A demo volunteer as seeded now: registered the same time before today as the file says. Birth dates are facts
 * and stay, except the demo child's (`birthDateMoves`), which moves with the data so the child is still under 14,
 * registered with a guardian's consent; the ID number then states the moved birth date, with its check character.
 */
function asSeededAt(v: DemoVolunteer, now: Date) {
  const { birthDateMoves, ...row } = v;
  const at = (iso: string | null | undefined) => (iso ? demoInstant(iso, now) : null);
  const moved = { birthDate: row.birthDate, idNumber: row.idNumber };
  if (birthDateMoves) {
    moved.birthDate = demoDay(row.birthDate, now);
    const first17 = `${row.idNumber.slice(0, 6)}${moved.birthDate.replaceAll('-', '')}${row.idNumber.slice(14, 17)}`;
    moved.idNumber = first17 + idCheckChar(first17);
  }
  return {
    ...row,
    ...moved,
    createdAt: at(row.createdAt),
    consentedAt: at(row.consentedAt),
    shareWithPartnersAt: at(row.shareWithPartnersAt),
    ...('guardianConsentedAt' in row ? { guardianConsentedAt: at(row.guardianConsentedAt) } : {}),
  };
}

/** The demo volunteers' rows as a seed at `now` writes them. */
export function demoVolunteersSeededAt(now: Date) {
  return (demo.volunteers as DemoVolunteer[]).map((v) => asSeededAt(v, now));
}

/**
 * Demo volunteers with full basic records, registered over the two years before the day they are seeded. Rows
 * seeded before the basic record existed get it filled in once (only while their ID number is empty), keeping
 * their registration date, so edits made while trying the system out survive a restart.
 */
export async function seedVolunteers(db: DataSource, now = new Date()): Promise<void> {
  const rows = demoVolunteersSeededAt(now);
  await seedRows(db, VolunteerEntity, rows);
  for (const { id, accountId: _account, createdAt: _registered, ...record } of rows) {
    await db
      .createQueryBuilder()
      .update(VolunteerEntity)
      .set(record as unknown as Partial<VolunteerEntity>)
      .where('id = :id AND id_number IS NULL', { id })
      .execute();
  }
  // Their cards scan at a site as any registration's do (the projects subgraph keeps digests; replaying is harmless).
  await db.transaction(async (m) => {
    for (const v of rows) await emit(m, 'volunteer.card', { volunteerId: v.id, cardDigest: cardDigest(v.cardCode) });
  });
  // The demo volunteer who once turned the global switch on consents to the demo partner app (天府市民云), for every
  // purpose and kind, so the IDE's partner tab shows what a consented app reads; the projects seed keeps the same.
  await seedDemoConsents(
    db,
    rows.filter((v) => v.shareWithPartners).map((v) => v.id),
    DEMO_PARTNER_APP,
  );
}

/** The partner app of the demo tokens (`npm run token -- --role partner --app ...`). */
export const DEMO_PARTNER_APP = 'tianfu-citizen-cloud';

/**
 * The generated demo crowd's volunteers (kit/city/demo-crowd.ts), once: a database that has its first one has them
 * all (a later day would generate other dates for the same ids). Each is announced like a registration, so every
 * subgraph's replica knows where they live; projects seeds its own replicas and records of them from the same
 * generator.
 */
export async function seedCrowdVolunteers(db: DataSource, now = new Date()): Promise<void> {
  await db.transaction(async (m) => {
    if (await m.getRepository(VolunteerEntity).existsBy({ id: FIRST_CROWD_VOLUNTEER })) return;
    const { volunteers } = demoCrowd(now);
    await m
      .createQueryBuilder()
      .insert()
      .into(VolunteerEntity)
      .values(volunteers as unknown as VolunteerEntity[])
      .orIgnore()
      .execute();
    for (const v of volunteers)
      await emit(m, 'volunteer.profile', {
        volunteerId: v.id,
        accountId: v.accountId,
        districtCode: v.districtCode,
        birthDate: v.birthDate,
        skills: v.skills,
        status: 'ACTIVE',
      });
    for (const v of volunteers)
      await emit(m, 'volunteer.card', { volunteerId: v.id, cardDigest: cardDigest(v.cardCode) });
  });
}
