import { defineSubgraph, readSdl } from '../kit/subgraph';
import { seedRows } from '../kit/seed';
import { createLoaders } from './data/loaders';
import demo from './data/demo.json';
import { VolunteerEntity } from './data/volunteer.entity';
import { Volunteers1764300000000 } from './migrations/1764300000000-volunteers';
import { District } from './resolvers/District';
import { Query } from './resolvers/Query';
import { Volunteer } from './resolvers/Volunteer';

/** Who a volunteer is: registration, personal data, identity card and growth. */
export const volunteers = defineSubgraph({
  name: 'volunteers',
  typeDefs: readSdl('subgraphs/volunteers'),
  resolvers: { Query, Volunteer, District },
  entities: [VolunteerEntity],
  migrations: [Volunteers1764300000000],
  loaders: createLoaders,
  seed: (db) => seedRows(db, VolunteerEntity, demo.volunteers),
});
