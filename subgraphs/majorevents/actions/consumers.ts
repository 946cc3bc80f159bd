import { volunteerReplicaConsumers } from '../../kit/district/volunteers';
import { on } from '../../kit/runtime/event-catalogue';
import { replicateOrganizationAdmins } from '../../kit/runtime/organization-admins';
import { eraseVolunteer } from '../data/personal-data.repository';
import { saveRoster, upsertStanding } from '../data/replica.repository';
import { saveTrainingRecord } from '../data/training.repository';

export const consumers = [
  // Which account is which volunteer (applying acts as one); erased with the rest on deregistration.
  ...volunteerReplicaConsumers(),
  // Who may act for a unit or a hosting organization: an org-admin token counts only for an account on this list.
  replicateOrganizationAdmins,
  // Organizations that exist (a host must), with their district.
  on('organization.standing', (p, { manager }) => upsertStanding(manager, p)),
  // Completed courses, which roles may require (COURSE_REQUIRED); from event training or added by hand.
  on('training.recorded', (p, { manager }) => saveTrainingRecord(manager, p)),
  // Specialist teams' members, for inviting a team as a whole; the highest version wins.
  on('team.members', (p, { manager }) => saveRoster(manager, p)),
  // Deregistration: forms erased, places of events to come freed.
  on('volunteer.deregistered', (p, { manager }) => eraseVolunteer(manager, p.volunteerId)),
];
