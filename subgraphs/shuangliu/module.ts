import { defineDistrict } from '../kit/district/platform';
import { volunteerReplicaConsumers } from '../kit/district/volunteers';
import { createLoaders } from './data/loaders';
import { eraseShuangliuPerson, shuangliuDataOf } from './data/personal-data.repository';
import { seedShuangliu } from './data/seed';
import { Platform1764300000000 } from './migrations/1764300000000-platform';
import { HubService1764900000000 } from './migrations/1764900000000-hub-service';
import { Mutation } from './resolvers/Mutation';
import { Query } from './resolvers/Query';
import { ShuangliuHub } from './resolvers/ShuangliuHub';
import { ShuangliuPost } from './resolvers/ShuangliuPost';
import { ShuangliuQuery } from './resolvers/ShuangliuQuery';
import { ShuangliuShift } from './resolvers/ShuangliuShift';
import { ShuangliuSlot } from './resolvers/ShuangliuSlot';
import { Volunteer } from './resolvers/Volunteer';
import type { Resolvers } from './resolvers/types.generated';

/** 双流区 (shuangliu) district platform: transport-hub service (情满旅途) at the airport and stations. */
export const shuangliu = defineDistrict({
  code: 'shuangliu',
  resolvers: {
    Query,
    Mutation,
    ShuangliuQuery,
    ShuangliuHub,
    ShuangliuPost,
    ShuangliuSlot,
    ShuangliuShift,
    Volunteer,
  } satisfies Resolvers,
  // The replica (who is who, whether their registration is active) comes with the service's migration in its one
  // current shape; no consent is kept: no partner app reads through this district.
  migrations: [Platform1764300000000, HubService1764900000000],
  loaders: createLoaders,
  // The person's section of their export and what goes when they deregister. No access log: the visibility table
  // (`shuangliuShifts`) lets only the volunteer read these rows; no admin or partner is served them.
  personalData: {
    export: (db, p) => shuangliuDataOf(db, p.volunteerId),
    erase: (m, p) => eraseShuangliuPerson(m, p.volunteerId),
  },
  consumes: volunteerReplicaConsumers(),
  seed: seedShuangliu,
});
