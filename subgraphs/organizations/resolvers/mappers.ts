/**
 * What this subgraph's resolvers really receive as the parent of each GraphQL type that is not its plain GraphQL
 * shape: the entity rows. codegen.ts maps `<Type>` to `<Type>Mapper`, so the generated resolver types check field
 * resolvers against these and not against the SDL's object types.
 */
import type { DistrictAdminEntity } from '../data/district-admin.entity';
import type { DistrictEntity } from '../data/district.entity';
import type { NeedEntity } from '../data/need.entity';
import type { OrganizationAdminEntity } from '../data/organization-admin.entity';
import type { OrganizationEntity } from '../data/organization.entity';
import type { TeamMemberEntity } from '../data/team-member.entity';
import type { TeamEntity } from '../data/team.entity';
import type { StatisticsKey } from '../../kit/city/statistics';
import type { CountedConnection } from '../data/page.repository';

export type DistrictMapper = DistrictEntity;
export type DistrictAdminMapper = DistrictAdminEntity;
export type OrganizationMapper = OrganizationEntity;
export type OrganizationAdminMapper = OrganizationAdminEntity;
export type TeamMapper = TeamEntity;
export type TeamMemberMapper = TeamMemberEntity;
export type NeedMapper = NeedEntity;

/** A person's export: keyed by their volunteer id alone. */
export type PersonalDataExportMapper = { volunteerId: string };
/** The key of the city's figures, which several subgraphs contribute to. */
export type StatisticsMapper = StatisticsKey;

/** Pages a dashboard walks through, with their total counted on demand (data/page.repository.ts). */
export type OrganizationConnectionMapper = CountedConnection<OrganizationEntity>;
export type TeamConnectionMapper = CountedConnection<TeamEntity>;
export type NeedConnectionMapper = CountedConnection<NeedEntity>;
