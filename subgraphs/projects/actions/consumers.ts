import { volunteerReplicaConsumers } from '../../kit/district/volunteers';
import { replicateDistrictAdmins } from '../../kit/runtime/district-admins';
import { on } from '../../kit/runtime/event-catalogue';
import { replicateOrganizationAdmins } from '../../kit/runtime/organization-admins';
import { saveCardDigest } from '../data/card.repository';
import { revokeAppFeeds } from '../data/calendar.repository';
import { saveFamily, saveFamilyFriendly } from '../data/family.repository';
import { insertDraftFromNeed } from '../data/project.repository';
import { upsertStanding } from '../data/replica.repository';
import { saveCompletedCourse, saveCourse } from '../data/training.repository';
import { insertShifts } from '../data/shift.repository';
import { findCategory } from '../data/taxonomy';
import { shanghaiInstant } from '../rules/time';
import { volunteerDeregistered } from './personal-data';
import { newShareCode } from './publishing';
import { enrolDeployed } from './insurance';

/** Whether an organization may publish, and its name for keyword search. Upsert: replaying it changes nothing. */
const organizationStanding = on('organization.standing', (p, { manager }) => upsertStanding(manager, p));

/**
 * A need filed by a community or venue becomes a draft project of the organization that took it on, with one
 * suggested 09:00–17:00 shift for the volunteers asked for; the organization completes and publishes it.
 * A need converts once: the project's unique need id makes a replay a no-op.
 */
const needConverted = on('need.converted', async (n, { manager: m }) => {
  const endsOn = n.endsOn && n.endsOn >= n.startsOn ? n.endsOn : n.startsOn;
  const projectId = await insertDraftFromNeed(m, {
    needId: n.needId,
    organizationId: n.organizationId,
    districtCode: n.districtCode,
    title: n.title.slice(0, 120),
    description: n.description ?? '',
    categoryCode: findCategory(n.categoryCode)?.code ?? null,
    address: (n.address ?? '').slice(0, 200),
    startsOn: n.startsOn,
    endsOn,
    shareCode: newShareCode(),
  });
  if (!projectId || !n.volunteersNeeded || n.volunteersNeeded < 1) return;
  await insertShifts(m, projectId, [
    {
      startsAt: shanghaiInstant(n.startsOn, '09:00'),
      endsAt: shanghaiInstant(n.startsOn, '17:00'),
      capacity: Math.min(n.volunteersNeeded, 10000),
      waitlistCapacity: 0,
    },
  ]);
});

/** Which projects take family sign-ups, as Chenghua's admins mark them; the highest version wins. */
const familyFriendly = on('project.family-friendly', async (p, { manager }) => {
  await saveFamilyFriendly(manager, p);
});

/** Who each family is (its guardian and active members), so a guardian acts for them in `signUpFamily`. */
const familyMembers = on('family.members', async (p, { manager }) => {
  await saveFamily(manager, p);
});

/** Which volunteer a scanned card names, as a digest of its code (kit/city/card-code.ts). */
const volunteerCard = on('volunteer.card', (p, { manager }) => saveCardDigest(manager, p.volunteerId, p.cardDigest));
/**
 * A volunteer deployed to a major event's work is enrolled in the programs covering it (issue 17.3). One policy per
 * program and volunteer, so a replayed deployment, or a second one, changes nothing.
 */
const eventDeployed = on('event.deployed', (e, { manager }) => enrolDeployed(manager, e));

export const consumers = [
  volunteerCard,
  organizationStanding,
  // Who may act for an organization: an org-admin token counts only for an account on this list.
  replicateOrganizationAdmins,
  // Who may read a district's volunteers' records: a district-admin token counts only for an account on this list.
  replicateDistrictAdmins,
  // The account, home district, age and skills sign-up eligibility needs, and the consents in force that partner
  // apps' reads of sign-ups, records, notifications and the calendar feed depend on. An app whose consent no longer
  // covers ACTIVITY loses the calendar link it read, in the same transaction.
  ...volunteerReplicaConsumers({
    eligibility: true,
    consent: true,
    afterConsents: async (m, volunteerId, consents) => {
      await revokeAppFeeds(
        m,
        volunteerId,
        consents.filter((c) => c.recipient === 'APP' && c.kinds.includes('ACTIVITY')).map((c) => c.appId!),
      );
    },
  }),
  // After the replica's own erasure (same event, same transaction, list order): frees places, erases traces.
  volunteerDeregistered,
  needConverted,
  familyFriendly,
  familyMembers,
  // The training catalogue's names and who completed which course, for projects requiring a course (issue 17.2).
  on('training.course', async (p, { manager }) => {
    await saveCourse(manager, p);
  }),
  on('training.recorded', async (p, { manager }) => {
    await saveCompletedCourse(manager, p);
  }),
  eventDeployed,
];
