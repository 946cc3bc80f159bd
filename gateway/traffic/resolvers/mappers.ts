import type { StatisticsKey } from '../../../subgraphs/kit/city/statistics';
import type { TrafficFigures } from '../data/loaders';

/** The entity's key: figures are loaded per field, by range. */
export type StatisticsMapper = StatisticsKey;
export type StatisticsTrafficMapper = TrafficFigures;
