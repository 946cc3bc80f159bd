import type { SubgraphContext } from '../../kit/runtime/subgraph';
import * as districts from '../actions/districts';
import * as needs from '../actions/needs';
import * as organizations from '../actions/organizations';
import * as teams from '../actions/teams';
import type { Loaders } from '../data/loaders';

type Ctx = SubgraphContext<Loaders>;

export const Mutation = {
  registerOrganization: (_: unknown, a: { input: organizations.RegisterOrganizationInput }, ctx: Ctx) =>
    organizations.registerOrganization(ctx, a.input),
  updateOrganization: (_: unknown, a: { id: string; input: organizations.UpdateOrganizationInput }, ctx: Ctx) =>
    organizations.updateOrganization(ctx, a.id, a.input),
  verifyOrganization: (_: unknown, a: { id: string }, ctx: Ctx) => organizations.verifyOrganization(ctx, a.id),
  suspendOrganization: (_: unknown, a: { id: string; reason: string }, ctx: Ctx) =>
    organizations.suspendOrganization(ctx, a.id, a.reason),
  reactivateOrganization: (_: unknown, a: { id: string; reason: string }, ctx: Ctx) =>
    organizations.reactivateOrganization(ctx, a.id, a.reason),
  addOrganizationAdmin: (_: unknown, a: { organizationId: string; accountId: string }, ctx: Ctx) =>
    organizations.addOrganizationAdmin(ctx, a.organizationId, a.accountId),
  removeOrganizationAdmin: (_: unknown, a: { organizationId: string; accountId: string }, ctx: Ctx) =>
    organizations.removeOrganizationAdmin(ctx, a.organizationId, a.accountId),
  addDistrictAdmin: (_: unknown, a: { district: string; accountId: string }, ctx: Ctx) =>
    districts.addDistrictAdmin(ctx, a.district, a.accountId),
  removeDistrictAdmin: (_: unknown, a: { district: string; accountId: string }, ctx: Ctx) =>
    districts.removeDistrictAdmin(ctx, a.district, a.accountId),
  createTeam: (_: unknown, a: { input: teams.CreateTeamInput }, ctx: Ctx) => teams.createTeam(ctx, a.input),
  joinTeam: (_: unknown, a: { teamId: string; note?: string | null }, ctx: Ctx) =>
    teams.joinTeam(ctx, a.teamId, a.note),
  approveTeamMember: (_: unknown, a: { memberId: string }, ctx: Ctx) => teams.approveTeamMember(ctx, a.memberId),
  declineTeamMember: (_: unknown, a: { memberId: string; reason?: string | null }, ctx: Ctx) =>
    teams.declineTeamMember(ctx, a.memberId, a.reason),
  fileNeed: (_: unknown, a: { input: needs.FileNeedInput }, ctx: Ctx) => needs.fileNeed(ctx, a.input),
  acceptNeed: (_: unknown, a: { id: string }, ctx: Ctx) => needs.acceptNeed(ctx, a.id),
  rejectNeed: (_: unknown, a: { id: string; reason: string }, ctx: Ctx) => needs.rejectNeed(ctx, a.id, a.reason),
  convertNeed: (_: unknown, a: { id: string; organizationId: string }, ctx: Ctx) =>
    needs.convertNeed(ctx, a.id, a.organizationId),
};
