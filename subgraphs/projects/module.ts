import { defineSubgraph, readSdl } from '../kit/subgraph';
import { seedRows } from '../kit/seed';
import { createLoaders } from './data/loaders';
import demo from './data/demo.json';
import { ProjectEntity } from './data/project.entity';
import { ServiceRecordEntity } from './data/service-record.entity';
import { Projects1764300000000 } from './migrations/1764300000000-projects';
import { ServiceRecords1764300100000 } from './migrations/1764300100000-service-records';
import { District } from './resolvers/District';
import { Organization } from './resolvers/Organization';
import { Project } from './resolvers/Project';
import { Query } from './resolvers/Query';
import { Volunteer } from './resolvers/Volunteer';

/** Publishing, finding and signing up for volunteer projects. */
export const projects = defineSubgraph({
  name: 'projects',
  typeDefs: readSdl('subgraphs/projects'),
  resolvers: { Query, Project, Organization, District, Volunteer },
  entities: [ProjectEntity, ServiceRecordEntity],
  migrations: [Projects1764300000000, ServiceRecords1764300100000],
  loaders: createLoaders,
  seed: async (db) => {
    await seedRows(db, ProjectEntity, demo.projects);
    // Demo service history is dated 2021 so it sits in the past; confirmed when seeded.
    await seedRows(db, ServiceRecordEntity, demo.serviceRecords.map((r) => ({ ...r, confirmedAt: new Date(`${r.servedOn}T18:00:00+08:00`) })));
  },
});
