import { defineSubgraph, readSdl } from '../kit/runtime/subgraph';
import { AccessLog1764900000000 } from '../kit/runtime/access-log';
import { seedDemoVolunteerReplicas } from '../kit/district/volunteers';
import { JSONScalar } from '../kit/runtime/json-scalar';
import { consumers } from './actions/consumers';
import { createLoaders } from './data/loaders';
import { Inbox1765300000000 } from './migrations/1765300000000-inbox';
import { Mutation } from './resolvers/Mutation';
import { Notification } from './resolvers/Notification';
import { NotificationConnection } from './resolvers/NotificationConnection';
import { Query } from './resolvers/Query';
import { AccessLog, PersonalDataExport } from './resolvers/Rights';
import type { Resolvers } from './resolvers/types.generated';

/**
 * What people are told (issue 16.3): every subgraph asks with `notification.requested`; this one addresses it
 * (a volunteer, or an organization's admins), writes the Chinese text, hands it to its delivery channels (the
 * in-app inbox today) and serves the inbox.
 */
export const notifications = defineSubgraph({
  name: 'notifications',
  typeDefs: readSdl('subgraphs/notifications'),
  resolvers: {
    Query,
    Mutation,
    Notification,
    NotificationConnection,
    PersonalDataExport,
    AccessLog,
    JSON: JSONScalar,
  } satisfies Resolvers,
  entities: [],
  migrations: [Inbox1765300000000, AccessLog1764900000000],
  loaders: createLoaders,
  consumes: consumers,
  // Which demo account is which demo volunteer, as every replica of the city's volunteers starts.
  seed: seedDemoVolunteerReplicas,
  logsAccess: true,
});
