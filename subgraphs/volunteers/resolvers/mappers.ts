/**
 * What this subgraph's resolvers really receive as the parent of each GraphQL type that is not its plain GraphQL
 * shape. codegen.ts maps `<Type>` to `<Type>Mapper`, so the generated resolver types check field resolvers against
 * these and not against the SDL's object types.
 */
import type { ServiceProofEntity } from '../data/service-proof.entity';
import type { VolunteerEntity } from '../data/volunteer.entity';
import type { ServiceFiguresInput } from '../rules/proof';
import type { StatisticsKey } from '../../kit/city/statistics';

/** A volunteer row, plus the fields the projects subgraph supplies when a field `@requires` them. */
export type VolunteerMapper = VolunteerEntity & { confirmedHours?: number; serviceSummary?: ServiceFiguresInput };

export type ServiceProofMapper = ServiceProofEntity;

/** Districts belong to the organizations subgraph: the gateway hands this one the key alone. */
export type DistrictMapper = { code: string };

/** The key of the city's figures, which several subgraphs contribute to. */
export type StatisticsMapper = StatisticsKey;
