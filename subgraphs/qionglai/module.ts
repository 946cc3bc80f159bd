import { defineDistrict } from '../kit/district/platform';
import { consumers } from './actions/consumers';
import demo from './data/demo.json';
import { createLoaders } from './data/loaders';
import { seedPlaces, type PlaceRow } from './data/place.repository';
import { rememberDistricts } from './data/project-facts.repository';
import { seedTags } from './data/tag.repository';
import { Platform1764300000000 } from './migrations/1764300000000-platform';
import { Villages1764400000000 } from './migrations/1764400000000-villages';
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
  migrations: [Platform1764300000000, Villages1764400000000],
  loaders: createLoaders,
  consumes: consumers,
  seed: async (db) => {
    await seedPlaces(db, demo.places as PlaceRow[]);
    // The demo project 花楸村留守儿童陪伴与作业辅导 is Qionglai's in the projects demo data.
    await rememberDistricts(
      db,
      demo.tags.map((t) => ({ projectId: t.projectId, districtCode: 'qionglai' })),
    );
    await seedTags(db, demo.tags);
  },
});
