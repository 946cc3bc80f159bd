import { defineDistrict } from '../kit/district/platform';
import { consumers } from './actions/consumers';
import { createLoaders } from './data/loaders';
import { placeHours } from './data/statistics.repository';
import { qionglaiFigures } from './rules/figures';
import { seedQionglai } from './data/seed';
import { Platform1764300000000 } from './migrations/1764300000000-platform';
import { Villages1764400000000 } from './migrations/1764400000000-villages';
import { ServedOn1765000000000 } from './migrations/1765000000000-served-on';
import { Mutation } from './resolvers/Mutation';
import { Project } from './resolvers/Project';
import { QionglaiPlace } from './resolvers/QionglaiPlace';
import { QionglaiProjectInfo } from './resolvers/QionglaiProjectInfo';
import { QionglaiQuery } from './resolvers/QionglaiQuery';
import { Query } from './resolvers/Query';
import type { Resolvers } from './resolvers/types.generated';

/** 邛崃市 (qionglai) district platform: rural revitalization (乡村振兴), projects tagged by village and theme. */
export const qionglai = defineDistrict({
  code: 'qionglai',
  resolvers: { Query, Mutation, QionglaiQuery, QionglaiPlace, QionglaiProjectInfo, Project } satisfies Resolvers,
  migrations: [Platform1764300000000, Villages1764400000000, ServedOn1765000000000],
  loaders: createLoaders,
  // Its villages' hours on the city's statistics (Statistics.qionglai), one statement per range.
  figures: async (db, from, to) => qionglaiFigures(await placeHours(db, from, to)),
  consumes: consumers,
  seed: seedQionglai,
});
