import * as districts from '../actions/districts';
import * as needs from '../actions/needs';
import * as organizations from '../actions/organizations';
import * as teams from '../actions/teams';
import type { MutationResolvers } from './types.generated';

export const Mutation: MutationResolvers = {
  registerOrganization: (_, a, ctx) => organizations.registerOrganization(ctx, a.input),
  updateOrganization: (_, a, ctx) => organizations.updateOrganization(ctx, a.id, a.input),
  verifyOrganization: (_, a, ctx) => organizations.verifyOrganization(ctx, a.id),
  suspendOrganization: (_, a, ctx) => organizations.suspendOrganization(ctx, a.id, a.reason),
  reactivateOrganization: (_, a, ctx) => organizations.reactivateOrganization(ctx, a.id, a.reason),
  addOrganizationAdmin: (_, a, ctx) => organizations.addOrganizationAdmin(ctx, a.organizationId, a.accountId),
  removeOrganizationAdmin: (_, a, ctx) => organizations.removeOrganizationAdmin(ctx, a.organizationId, a.accountId),
  addDistrictAdmin: (_, a, ctx) => districts.addDistrictAdmin(ctx, a.district, a.accountId),
  removeDistrictAdmin: (_, a, ctx) => districts.removeDistrictAdmin(ctx, a.district, a.accountId),
  createTeam: (_, a, ctx) => teams.createTeam(ctx, a.input),
  joinTeam: (_, a, ctx) => teams.joinTeam(ctx, a.teamId, a.note),
  approveTeamMember: (_, a, ctx) => teams.approveTeamMember(ctx, a.memberId),
  declineTeamMember: (_, a, ctx) => teams.declineTeamMember(ctx, a.memberId, a.reason),
  fileNeed: (_, a, ctx) => needs.fileNeed(ctx, a.input),
  acceptNeed: (_, a, ctx) => needs.acceptNeed(ctx, a.id),
  rejectNeed: (_, a, ctx) => needs.rejectNeed(ctx, a.id, a.reason),
  convertNeed: (_, a, ctx) => needs.convertNeed(ctx, a.id, a.organizationId),
};
