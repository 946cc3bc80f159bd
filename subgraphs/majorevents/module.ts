import { defineSubgraph, readSdl } from '../kit/runtime/subgraph';
import { consumers } from './actions/consumers';
import { ApplicationEntity } from './data/application.entity';
import { DeploymentEntity } from './data/deployment.entity';
import { MajorEventEntity } from './data/event.entity';
import { createLoaders } from './data/loaders';
import { RoleNeedEntity } from './data/need.entity';
import { EventRoleEntity } from './data/role.entity';
import { NeedsRoundEntity } from './data/round.entity';
import { seedMajorEvents } from './data/seed';
import { EventShiftEntity } from './data/shift.entity';
import { TrainingSessionEntity } from './data/training.entity';
import { MajorEvents1765300000000 } from './migrations/1765300000000-major-events';
import { District, Organization, Volunteer } from './resolvers/Federated';
import { MajorEvent } from './resolvers/MajorEvent';
import { MajorEventApplication } from './resolvers/MajorEventApplication';
import { MajorEventNeedsRound, MajorEventRoleNeed } from './resolvers/MajorEventNeedsRound';
import { MajorEventRole } from './resolvers/MajorEventRole';
import { MajorEventDeployment, MajorEventShift } from './resolvers/MajorEventShift';
import { MajorEventTrainingSession } from './resolvers/MajorEventTrainingSession';
import { Mutation } from './resolvers/Mutation';
import { Query } from './resolvers/Query';
import { PersonalDataExport } from './resolvers/Rights';
import { JSONScalar } from '../kit/runtime/json-scalar';
import type { Resolvers } from './resolvers/types.generated';

/** Event volunteering (赛会志愿服务, issue 17.1): events, needs rounds, roles, applications, training, deployment. */
export const majorevents = defineSubgraph({
  name: 'majorevents',
  typeDefs: readSdl('subgraphs/majorevents'),
  resolvers: {
    Query,
    Mutation,
    MajorEvent,
    MajorEventNeedsRound,
    MajorEventRoleNeed,
    MajorEventRole,
    MajorEventApplication,
    MajorEventTrainingSession,
    MajorEventShift,
    MajorEventDeployment,
    Organization,
    District,
    Volunteer,
    PersonalDataExport,
    JSON: JSONScalar,
  } satisfies Resolvers,
  entities: [
    MajorEventEntity,
    NeedsRoundEntity,
    RoleNeedEntity,
    EventRoleEntity,
    ApplicationEntity,
    TrainingSessionEntity,
    EventShiftEntity,
    DeploymentEntity,
  ],
  migrations: [MajorEvents1765300000000],
  loaders: createLoaders,
  consumes: consumers,
  seed: seedMajorEvents,
});
