import { defineDistrict } from '../kit/district/platform';
import { volunteerReplicaConsumers } from '../kit/district/volunteers';
import { serviceConfirmed, signupNoShow } from './actions/hours';
import { createLoaders } from './data/loaders';
import { eraseLongquanyiPerson, longquanyiDataOf } from './data/personal-data.repository';
import { seedLongquanyi } from './data/seed';
import { Platform1764300000000 } from './migrations/1764300000000-platform';
import { StarScheme1764950000000 } from './migrations/1764950000000-star-scheme';
import { LongquanyiAward } from './resolvers/LongquanyiAward';
import { LongquanyiCallIn } from './resolvers/LongquanyiCallIn';
import { LongquanyiQuery } from './resolvers/LongquanyiQuery';
import { LongquanyiVolunteer } from './resolvers/LongquanyiVolunteer';
import { Mutation } from './resolvers/Mutation';
import { Query } from './resolvers/Query';
import { Volunteer } from './resolvers/Volunteer';
import type { Resolvers } from './resolvers/types.generated';

/** 龙泉驿区 (longquanyi) district platform: its own star scheme, call-ins from banked hours, no-show suspension. */
export const longquanyi = defineDistrict({
  code: 'longquanyi',
  resolvers: {
    Query,
    Mutation,
    LongquanyiQuery,
    LongquanyiVolunteer,
    LongquanyiCallIn,
    LongquanyiAward,
    Volunteer,
  } satisfies Resolvers,
  // The replica (who is who, their home district for the account-read rule) comes with the scheme's migration.
  migrations: [Platform1764300000000, StarScheme1764950000000],
  loaders: createLoaders,
  // The person's section of their export, the de-identification on deregistering, and admins' reads of the standing
  // (home district and city admins, the visibility row longquanyiAccount) in the access log.
  personalData: {
    export: (db, p) => longquanyiDataOf(db, p.volunteerId),
    erase: (m, p) => eraseLongquanyiPerson(m, p.volunteerId),
    logsAccess: true,
  },
  consumes: [...volunteerReplicaConsumers(), serviceConfirmed, signupNoShow],
  seed: seedLongquanyi,
});
