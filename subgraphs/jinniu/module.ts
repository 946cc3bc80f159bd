import { defineDistrict } from '../kit/district/platform';
import { volunteerReplicaConsumers } from '../kit/district/volunteers';
import { createLoaders } from './data/loaders';
import { eraseJinniuPerson, jinniuDataOf } from './data/personal-data.repository';
import { seedJinniu } from './data/seed';
import { Platform1764300000000 } from './migrations/1764300000000-platform';
import { StandbyRoster1764900000000 } from './migrations/1764900000000-standby-roster';
import { JinniuAlert } from './resolvers/JinniuAlert';
import { JinniuOffer } from './resolvers/JinniuOffer';
import { JinniuQuery } from './resolvers/JinniuQuery';
import { JinniuStandbyMember } from './resolvers/JinniuStandbyMember';
import { Mutation } from './resolvers/Mutation';
import { Query } from './resolvers/Query';
import type { Resolvers } from './resolvers/types.generated';

/** 金牛区 (jinniu) district platform: the emergency standby roster (应急志愿者待命库). */
export const jinniu = defineDistrict({
  code: 'jinniu',
  resolvers: { Query, Mutation, JinniuQuery, JinniuAlert, JinniuOffer, JinniuStandbyMember } satisfies Resolvers,
  // The replica (who is who, and whether their registration is active) comes with the roster's migration in its
  // one current shape; no consent is kept: no partner app reads through this district.
  migrations: [Platform1764300000000, StandbyRoster1764900000000],
  loaders: createLoaders,
  // The person's section of their export and what goes when they deregister. No access log: the visibility table
  // (`jinniuStandby`) lets only the volunteer read these rows; no admin or partner is served them.
  personalData: {
    export: (db, p) => jinniuDataOf(db, p.volunteerId),
    erase: (m, p) => eraseJinniuPerson(m, p.volunteerId),
  },
  consumes: volunteerReplicaConsumers(),
  seed: seedJinniu,
});
