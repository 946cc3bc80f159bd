import type { StatisticsKey } from '../../../subgraphs/kit/city/statistics';
import type { TrafficFigures } from '../data/loaders';
import type { PartnerCallRow } from '../data/partner-call.repository';

/** The entity's key: figures are loaded per field, by range. */
export type StatisticsMapper = StatisticsKey;
export type StatisticsTrafficMapper = TrafficFigures;
export type PartnerCallMapper = PartnerCallRow;
