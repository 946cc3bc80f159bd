import { defineSubgraph, readSdl } from '../kit/subgraph';
import { seedRows } from '../kit/seed';
import { DistrictEntity } from './data/district.entity';
import { OrganizationEntity } from './data/organization.entity';
import { createLoaders } from './data/loaders';
import demo from './data/demo.json';
import { DistrictsAndOrganizations1764300000000 } from './migrations/1764300000000-districts-and-organizations';
import { District } from './resolvers/District';
import { Organization } from './resolvers/Organization';
import { Query } from './resolvers/Query';

/** Who publishes volunteer work, and the city's district list. */
export const organizations = defineSubgraph({
  name: 'organizations',
  typeDefs: readSdl('subgraphs/organizations'),
  resolvers: { Query, District, Organization },
  entities: [DistrictEntity, OrganizationEntity],
  migrations: [DistrictsAndOrganizations1764300000000],
  loaders: createLoaders,
  seed: (db) => seedRows(db, OrganizationEntity, demo.organizations.map((o) => ({ ...o, verifiedAt: o.verified ? new Date() : null }))),
});
