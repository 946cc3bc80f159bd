import { defineSubgraph, readSdl } from '../kit/subgraph';
import { seedRows } from '../kit/seed';
import { createLoaders } from './data/loaders';
import demo from './data/demo.json';
import { ProjectEntity } from './data/project.entity';
import { Projects1764300000000 } from './migrations/1764300000000-projects';
import { District } from './resolvers/District';
import { Organization } from './resolvers/Organization';
import { Project } from './resolvers/Project';
import { Query } from './resolvers/Query';

/** Publishing, finding and signing up for volunteer projects. */
export const projects = defineSubgraph({
  name: 'projects',
  typeDefs: readSdl('subgraphs/projects'),
  resolvers: { Query, Project, Organization, District },
  entities: [ProjectEntity],
  migrations: [Projects1764300000000],
  loaders: createLoaders,
  seed: (db) => seedRows(db, ProjectEntity, demo.projects),
});
