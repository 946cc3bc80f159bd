import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { addWorkingDays } from '../../kit/city/days';
import { demoDay, demoInstant } from '../../kit/city/demo-days';
import { seedRows } from '../../kit/runtime/seed';
import { announceConfirmedHours, announceDemoHistory } from '../actions/hours-events';
import { markAnnounced } from './hours.repository';
import { announceOrganizations } from './signup.repository';
import { demoCrowd } from '../../kit/city/demo-crowd';
import { CONFIRM_WITHIN_WORKING_DAYS } from '../actions/serving';
import demo from './demo.json';
import { ProjectEntity } from './project.entity';
import { seedStandings } from './replica.repository';
import { seedVolunteerReplicas, type ReplicaProfile } from '../../kit/district/volunteers';
import { ServiceRecordEntity } from './service-record.entity';
import { ShiftEntity } from './shift.entity';
import { SignupEntity } from './signup.entity';

const DAY_MS = 86_400_000;

/** A demo signup's id: its service record's, under the signups' own prefix (one record per attended sign-up). */
const signupIdOf = (recordId: string) => `41${recordId.slice(2)}`;

/**
 * The demo city as seeded `now` (dates move with kit/demo-days): standing programmes published over the two years
 * before today, their past shifts attended by the demo volunteers (sign-up, check-in, check-out, record confirmed by
 * the organization's admin within the 10 working days), and shifts still to come to sign up for.
 */
export async function seedProjects(db: DataSource, now = new Date()): Promise<void> {
  const day = (d: string) => demoDay(d, now);
  const at = (iso: string) => demoInstant(iso, now);
  await seedRows(
    db,
    ProjectEntity,
    demo.projects.map((p) => ({
      ...p,
      publishedAt: at(p.publishedAt),
      createdAt: new Date(at(p.publishedAt).getTime() - 2 * DAY_MS),
      startsOn: day(p.startsOn),
      endsOn: day(p.endsOn),
      ...('insuranceCoversFrom' in p
        ? { insuranceCoversFrom: day(p.insuranceCoversFrom!), insuranceCoversUntil: day(p.insuranceCoversUntil!) }
        : {}),
    })),
  );
  // A past shift counts exactly the volunteers who came, so it shows no free places.
  const attended = new Map<string, number>();
  for (const r of demo.serviceRecords) attended.set(r.shiftId, (attended.get(r.shiftId) ?? 0) + 1);
  const shifts = demo.shifts.map((s) => ({
    ...s,
    startsAt: at(s.startsAt),
    endsAt: at(s.endsAt),
    signedUp: attended.get(s.id) ?? 0,
  }));
  await seedRows(db, ShiftEntity, shifts);
  // All 13 verified demo organizations may publish; 天府新区华阳街道社区 (14) is not verified yet.
  const profiles = (demo.volunteerProfiles as (ReplicaProfile & { birthDateMoves?: boolean })[]).map(
    ({ birthDateMoves, ...p }) => ({ ...p, birthDate: birthDateMoves && p.birthDate ? day(p.birthDate) : p.birthDate }),
  );
  await seedStandings(db, demo.organizationStandings);
  await seedVolunteerReplicas(db, profiles);

  const shiftById = new Map(shifts.map((s) => [s.id, s]));
  const orgOf = new Map(demo.projects.map((p) => [p.id, p.organizationId]));
  const signups = demo.serviceRecords.map((r) => {
    const shift = shiftById.get(r.shiftId)!;
    return {
      id: signupIdOf(r.id),
      shiftId: r.shiftId,
      projectId: r.projectId,
      volunteerId: r.volunteerId,
      status: 'CONFIRMED',
      createdAt: new Date(shift.startsAt.getTime() - 5 * DAY_MS),
      checkedInAt: shift.startsAt,
      checkedOutAt: new Date(shift.startsAt.getTime() + Number(r.hours) * 3600_000),
    };
  });
  await seedRows(db, SignupEntity, signups);
  await seedRows(
    db,
    ServiceRecordEntity,
    demo.serviceRecords.map((r) => {
      const servedOn = day(r.servedOn);
      return {
        ...r,
        servedOn,
        signupId: signupIdOf(r.id),
        confirmedAt: at(r.confirmedAt),
        confirmBy: addWorkingDays(servedOn, CONFIRM_WITHIN_WORKING_DAYS),
        reviewedBy: `demo-org-admin-${orgOf.get(r.projectId)!.slice(-2)}`,
      };
    }),
  );
  await announceDemoHistory(db);
}

/** Rows per insert statement: well under PostgreSQL's 65,535 parameters for the widest row. */
const CHUNK = 1000;

async function insertChunked(m: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await m
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + CHUNK))
      .orIgnore()
      .execute();
}

/**
 * The generated demo crowd's share here (kit/city/demo-crowd.ts): its projects of the demo organizations, their past
 * shifts, sign-ups and confirmed records, and replicas of the crowd's volunteers (the volunteers subgraph seeds the
 * volunteers themselves from the same generator). Once: the `demo-crowd` announcement row is the guard, written in
 * the same transaction, and the records are announced like confirmations (time banks, points, star levels), as are
 * the organizers each volunteer signed up with. The statistics rollups follow from their triggers.
 */
export async function seedCrowd(db: DataSource, now = new Date()): Promise<void> {
  await db.transaction(async (m) => {
    if (!(await markAnnounced(m, 'demo-crowd'))) return;
    const crowd = demoCrowd(now);
    await seedVolunteerReplicas(
      m,
      crowd.volunteers.map((v) => ({
        volunteerId: v.id,
        accountId: v.accountId,
        districtCode: v.districtCode,
        birthDate: v.birthDate,
        skills: v.skills,
        status: 'ACTIVE',
      })),
    );
    await insertChunked(m, ProjectEntity, crowd.projects);
    await insertChunked(m, ShiftEntity, crowd.shifts);
    await insertChunked(m, SignupEntity, crowd.signups);
    const reviewer = new Map(crowd.projects.map((p) => [p.id, `demo-org-admin-${p.organizationId.slice(-2)}`]));
    await insertChunked(
      m,
      ServiceRecordEntity,
      crowd.records.map((r) => ({
        ...r,
        confirmBy: addWorkingDays(r.servedOn, CONFIRM_WITHIN_WORKING_DAYS),
        reviewedBy: reviewer.get(r.projectId)!,
      })),
    );
    await announceConfirmedHours(
      m,
      crowd.records.map((r) => r.id),
    );
    for (const id of [...new Set(crowd.signups.map((s) => s.volunteerId))].sort()) await announceOrganizations(m, id);
  });
}
