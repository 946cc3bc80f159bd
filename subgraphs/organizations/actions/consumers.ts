import { on } from '../../kit/runtime/event-catalogue';
import { eraseMemberships } from '../data/personal-data.repository';
import { linkVolunteerAccount } from '../data/team.repository';
import { emitTeamMembers } from '../events';

export const consumers = [
  // The volunteers subgraph announces each registration (and edit) with the volunteer's id and account; team
  // members then show as volunteers, and the teams where an active member became known announce their members.
  on('volunteer.profile', async (p, { manager }) => {
    for (const teamId of await linkVolunteerAccount(manager, p)) await emitTeamMembers(manager, teamId);
  }),
  // A volunteer deregistered (issue 11.3): their memberships and account link are erased, and the teams they were
  // active in announce their members without them.
  on('volunteer.deregistered', async (p, { manager }) => {
    for (const teamId of await eraseMemberships(manager, p)) await emitTeamMembers(manager, teamId);
  }),
];
