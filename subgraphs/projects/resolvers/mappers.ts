/**
 * What this subgraph's resolvers really receive as the parent of each GraphQL type that is not its plain GraphQL
 * shape: entity rows, repository rows, and the keys of entities other subgraphs own. codegen.ts maps `<Type>` to
 * `<Type>Mapper`, so the generated resolver types check field resolvers against these and not against the SDL's
 * object types.
 */
import type { PhotoRow } from '../data/gallery.repository';
import type { ProjectEntity } from '../data/project.entity';
import type { ProjectStatusName } from '../data/console.repository';
import type { CorrectionRow, ServiceSummaryRow } from '../data/service-record.repository';
import type { ServiceRecordEntity } from '../data/service-record.entity';
import type { ShiftEntity } from '../data/shift.entity';
import type { SignupEntity } from '../data/signup.entity';
import type { Category } from '../data/taxonomy';
import type { PageInfo } from './types.generated';
import type { StatisticsKey } from '../../kit/city/statistics';
import type { CategoryFigures, MonthFigures } from '../actions/statistics';
import type { WageRateRow } from '../data/statistics.repository';
import type { AttendanceRow } from '../actions/attendance';
import type { PolicyRow, ProgramRow } from '../data/insurance.repository';
import type { ShownCampaignDistrict } from '../actions/campaigns';
import type { CampaignRow } from '../data/campaign.repository';

export type ProjectMapper = ProjectEntity;
export type ProjectPhotoMapper = PhotoRow;
export type ShiftMapper = ShiftEntity;
export type SignupMapper = SignupEntity;
export type ServiceRecordMapper = ServiceRecordEntity;
export type CorrectionRequestMapper = CorrectionRow;
export type ServiceCategoryMapper = Category;
export type ServiceSummaryMapper = ServiceSummaryRow;
export type StatisticsMapper = StatisticsKey;
export type StatisticsMonthMapper = MonthFigures;
export type StatisticsCategoryMapper = CategoryFigures;
export type WageRateMapper = WageRateRow;
export type AttendanceResultMapper = AttendanceRow;
export type InsuranceProgramMapper = ProgramRow;
export type ProgramPolicyMapper = PolicyRow;
export type CampaignMapper = CampaignRow;
export type CampaignDistrictMapper = ShownCampaignDistrict;

/** A page of search hits; the total is counted only when a client selects `totalCount`. */
export interface ProjectConnectionMapper {
  edges: { cursor: string; node: ProjectEntity; distanceKm: number | null }[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/** A page of the organizer console; the per-status counts are read once, only when a client selects them. */
export interface OrganizerProjectConnectionMapper {
  edges: { cursor: string; node: ProjectEntity }[];
  pageInfo: PageInfo;
  status: ProjectStatusName | null;
  counts: () => Promise<Record<ProjectStatusName, number>>;
}

// Entities other subgraphs own: the gateway hands this one their key alone.
export type OrganizationMapper = { id: string };
export type DistrictMapper = { code: string };
export type VolunteerMapper = { id: string };
export type NeedMapper = { id: string };

/** A person's export and access log: keyed by their volunteer id alone. */
export type PersonalDataExportMapper = { volunteerId: string };
export type AccessLogMapper = { volunteerId: string };
