import type { DataSource } from 'typeorm';
import { addWorkingDays } from '../../kit/city/days';
import { demoDay, demoInstant } from '../../kit/city/demo-days';
import { seedRows } from '../../kit/runtime/seed';
import { announceDemoHistory } from '../actions/hours-events';
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
