/**
 * What this subgraph's resolvers really receive as the parent of each GraphQL type that is not its plain GraphQL
 * shape: entity rows, repository rows, and the keys of entities other subgraphs own. codegen.ts maps `<Type>` to
 * `<Type>Mapper`, so the generated resolver types check field resolvers against these and not against the SDL's
 * object types.
 */
import type { PhotoRow } from '../data/gallery.repository';
import type { ProjectEntity } from '../data/project.entity';
import type { CorrectionRow, ServiceSummaryRow } from '../data/service-record.repository';
import type { ServiceRecordEntity } from '../data/service-record.entity';
import type { ShiftEntity } from '../data/shift.entity';
import type { NotificationRow } from '../data/signup.repository';
import type { SignupEntity } from '../data/signup.entity';
import type { Category } from '../data/taxonomy';
import type { PageInfo } from './types.generated';
import type { StatisticsKey } from '../../kit/city/statistics';
import type { CategoryFigures, MonthFigures } from '../actions/statistics';
import type { WageRateRow } from '../data/statistics.repository';

export type ProjectMapper = ProjectEntity;
export type ProjectPhotoMapper = PhotoRow;
export type ShiftMapper = ShiftEntity;
export type SignupMapper = SignupEntity;
export type ServiceRecordMapper = ServiceRecordEntity;
export type CorrectionRequestMapper = CorrectionRow;
export type NotificationMapper = NotificationRow;
export type ServiceCategoryMapper = Category;
export type ServiceSummaryMapper = ServiceSummaryRow;
export type StatisticsMapper = StatisticsKey;
export type StatisticsMonthMapper = MonthFigures;
export type StatisticsCategoryMapper = CategoryFigures;
export type WageRateMapper = WageRateRow;

/** A page of search hits; the total is counted only when a client selects `totalCount`. */
export interface ProjectConnectionMapper {
  edges: { cursor: string; node: ProjectEntity; distanceKm: number | null }[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

// Entities other subgraphs own: the gateway hands this one their key alone.
export type OrganizationMapper = { id: string };
export type DistrictMapper = { code: string };
export type VolunteerMapper = { id: string };
export type NeedMapper = { id: string };

/** A person's export and access log: keyed by their volunteer id alone. */
export type PersonalDataExportMapper = { volunteerId: string };
export type AccessLogMapper = { volunteerId: string };
