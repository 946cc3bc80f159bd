import { NeedConnection } from './resolvers/NeedConnection';
import { OrganizationConnection } from './resolvers/OrganizationConnection';
import { TeamConnection } from './resolvers/TeamConnection';
import { Statistics } from './resolvers/Statistics';
import { defineSubgraph, readSdl } from '../kit/runtime/subgraph';
import { DistrictAdminEntity } from './data/district-admin.entity';
import { DistrictEntity } from './data/district.entity';
import { NeedEntity } from './data/need.entity';
import { OrganizationAdminEntity } from './data/organization-admin.entity';
import { OrganizationEntity } from './data/organization.entity';
import { TeamMemberEntity } from './data/team-member.entity';
import { TeamEntity } from './data/team.entity';
import { VolunteerAccountEntity } from './data/volunteer-account.entity';
import { createLoaders } from './data/loaders';
import { consumers } from './actions/consumers';
import { DistrictsAndOrganizations1764300000000 } from './migrations/1764300000000-districts-and-organizations';
import { ProfilesAdminsTeamsNeeds1764300200000 } from './migrations/1764300200000-profiles-admins-teams-needs';
import { AdminAnnouncements1764300800000 } from './migrations/1764300800000-admin-announcements';
import { DistrictAdmins1764300900000 } from './migrations/1764300900000-district-admins';
import { TeamMembersVersion1765300000000 } from './migrations/1765300000000-team-members-version';
import { District, DistrictAdmin } from './resolvers/District';
import { Mutation } from './resolvers/Mutation';
import { Need } from './resolvers/Need';
import { Organization } from './resolvers/Organization';
import { OrganizationAdmin } from './resolvers/OrganizationAdmin';
import { Query } from './resolvers/Query';
import { Team } from './resolvers/Team';
import { TeamMember } from './resolvers/TeamMember';
import { seedDemo } from './data/seed';
import type { Resolvers } from './resolvers/types.generated';
import { PersonalDataExport } from './resolvers/PersonalDataExport';
import { JSONScalar } from '../kit/runtime/json-scalar';

/** Who publishes volunteer work (organizations, their admins and teams), where needs come from, and the districts. */
export const organizations = defineSubgraph({
  name: 'organizations',
  typeDefs: readSdl('subgraphs/organizations'),
  // Every type's resolvers checked against the SDL (resolvers/types.generated.ts).
  resolvers: {
    Query,
    Mutation,
    District,
    Statistics,
    OrganizationConnection,
    TeamConnection,
    NeedConnection,
    DistrictAdmin,
    Organization,
    OrganizationAdmin,
    Team,
    TeamMember,
    Need,
    PersonalDataExport,
    JSON: JSONScalar,
  } satisfies Resolvers,
  entities: [
    DistrictEntity,
    DistrictAdminEntity,
    OrganizationEntity,
    OrganizationAdminEntity,
    TeamEntity,
    TeamMemberEntity,
    VolunteerAccountEntity,
    NeedEntity,
  ],
  migrations: [
    DistrictsAndOrganizations1764300000000,
    ProfilesAdminsTeamsNeeds1764300200000,
    AdminAnnouncements1764300800000,
    DistrictAdmins1764300900000,
    TeamMembersVersion1765300000000,
  ],
  loaders: createLoaders,
  consumes: consumers,
  seed: seedDemo,
});
