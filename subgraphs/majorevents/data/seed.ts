import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { demoDay, demoInstant } from '../../kit/city/demo-days';
import { seedDemoVolunteerReplicas } from '../../kit/district/volunteers';
import { seedRows } from '../../kit/runtime/seed';
import organizationsDemo from '../../organizations/data/demo.json';
import { ApplicationEntity } from './application.entity';
import { DeploymentEntity } from './deployment.entity';
import demo from './demo.json';
import { MajorEventEntity } from './event.entity';
import { RoleNeedEntity } from './need.entity';
import { seedStandings } from './replica.repository';
import { EventRoleEntity } from './role.entity';
import { NeedsRoundEntity } from './round.entity';
import { EventShiftEntity } from './shift.entity';
import { TrainingSessionEntity } from './training.entity';
import { seedAttendances } from './training.repository';

/** A fixed id derived from two demo ids, so a restart inserts nothing twice. */
const derivedId = (...parts: string[]) => {
  const h = crypto.createHash('sha256').update(parts.join('/')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * Demo events (a marathon already served, with its training, deployment and hours; a conference week collecting
 * needs in its second round; a forum run by the city alone), moved to the day of seeding (kit/demo-days). The
 * replicas of who is who and which organizations exist are seeded too, as every subgraph seeds its own; the
 * specialist teams' members (锦礼, 蓉译, 蜀道 ...) arrive from the organizations subgraph as `team.members`.
 */
export async function seedMajorEvents(db: DataSource, now = new Date()): Promise<void> {
  const day = (d: string) => demoDay(d, now);
  const at = (iso: string) => demoInstant(iso, now);
  await seedDemoVolunteerReplicas(db);
  await seedStandings(
    db,
    organizationsDemo.organizations.map((o) => ({ organizationId: o.id, name: o.name, districtCode: o.districtCode })),
  );
  await seedRows(
    db,
    MajorEventEntity,
    demo.events.map((e) => ({ ...e, startsOn: day(e.startsOn), endsOn: day(e.endsOn), createdBy: 'demo-city-admin' })),
  );
  await seedRows(
    db,
    NeedsRoundEntity,
    demo.rounds.map((r) => ({ ...r, deadline: at(r.deadline) })),
  );
  await seedRows(
    db,
    RoleNeedEntity,
    demo.needs.map((n) => ({ ...n, submittedAt: at(n.submittedAt) })),
  );
  const selected = (roleId: string) =>
    demo.applications.filter((a) => a.roleId === roleId && a.status === 'SELECTED').length;
  await seedRows(
    db,
    EventRoleEntity,
    demo.roles.map((r) => ({ ...r, selectedCount: selected(r.id) })),
  );
  const eventOfRole = new Map(demo.roles.map((r) => [r.id, r.eventId]));
  await seedRows(
    db,
    ApplicationEntity,
    demo.applications.map((a) => ({
      ...a,
      eventId: eventOfRole.get(a.roleId),
      appliedAt: at(a.appliedAt),
      decidedAt: at(a.decidedAt),
    })),
  );
  await seedRows(
    db,
    TrainingSessionEntity,
    demo.sessions.map(({ attendees: _, ...s }) => ({ ...s, startsAt: at(s.startsAt), endsAt: at(s.endsAt) })),
  );
  await seedAttendances(
    db,
    demo.sessions.flatMap((s) =>
      s.attendees.map((volunteerId) => ({
        id: derivedId(s.id, volunteerId),
        sessionId: s.id,
        volunteerId,
        recordedAt: at(s.endsAt),
      })),
    ),
  );
  await seedRows(
    db,
    EventShiftEntity,
    demo.shifts.map(({ deployed, ...s }) => ({
      ...s,
      startsAt: at(s.startsAt),
      endsAt: at(s.endsAt),
      deployedCount: deployed.length,
    })),
  );
  await seedRows(
    db,
    DeploymentEntity,
    demo.shifts.flatMap((s) =>
      s.deployed.map((d) => ({
        id: derivedId(s.id, d.volunteerId),
        shiftId: s.id,
        eventId: s.eventId,
        volunteerId: d.volunteerId,
        hours: d.hours,
        deployedAt: at(s.startsAt),
      })),
    ),
  );
}
