import { on } from '../../kit/runtime/event-catalogue';
import { eraseMemberships } from '../data/personal-data.repository';
import { linkVolunteerAccount } from '../data/team.repository';

export const consumers = [
  // The volunteers subgraph announces each registration (and edit) with the volunteer's id and account; team
  // members then show as volunteers.
  on('volunteer.profile', (p, { manager }) => linkVolunteerAccount(manager, p)),
  // A volunteer deregistered (issue 11.3): their memberships and account link are erased.
  on('volunteer.deregistered', (p, { manager }) => eraseMemberships(manager, p)),
];
