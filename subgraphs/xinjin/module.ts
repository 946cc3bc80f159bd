import { defineDistrict } from '../kit/district/platform';
import {
  ReplicaHoursVersion1764310000000,
  ReplicaOneShape1764700000000,
  ReplicaPartnerConsent1764800000000,
  ReplicaConsents1764900000000,
  volunteerReplicaConsumers,
} from '../kit/district/volunteers';
import { serviceConfirmed } from './actions/points';
import { createLoaders } from './data/loaders';
import { pointsFigures } from './data/statistics.repository';
import { xinjinFigures } from './rules/figures';
import { xinjinDataOf } from './data/personal-data.repository';
import { seedXinjin } from './data/seed';
import { Platform1764300000000 } from './migrations/1764300000000-platform';
import { LedgerFigures1765500000010 } from './migrations/1765500000010-ledger-figures';
import { PointsMall1764300100000 } from './migrations/1764300100000-points-mall';
import { Mutation } from './resolvers/Mutation';
import { Query } from './resolvers/Query';
import { Volunteer } from './resolvers/Volunteer';
import { XinjinQuery } from './resolvers/XinjinQuery';
import { XinjinRedemption } from './resolvers/XinjinRedemption';
import { XinjinReward } from './resolvers/XinjinReward';
import { XinjinVolunteer } from './resolvers/XinjinVolunteer';
import type { Resolvers } from './resolvers/types.generated';

/** 新津区 (xinjin) district platform: the points mall (积分商城). */
export const xinjin = defineDistrict({
  code: 'xinjin',
  resolvers: {
    Query,
    XinjinQuery,
    Mutation,
    Volunteer,
    XinjinVolunteer,
    XinjinReward,
    XinjinRedemption,
  } satisfies Resolvers,
  migrations: [
    Platform1764300000000,
    PointsMall1764300100000,
    ReplicaHoursVersion1764310000000,
    ReplicaOneShape1764700000000,
    // The replica's one shape holds the consent column (left false here: no partner app reads through this district).
    ReplicaPartnerConsent1764800000000,
    ReplicaConsents1764900000000,
    LedgerFigures1765500000010,
  ],
  loaders: createLoaders,
  // Its points mall's figures on the city's statistics (Statistics.xinjin), one statement per range.
  figures: async (db, from, to) => xinjinFigures(await pointsFigures(db, from, to)),
  // The person's section of their export, what goes when they deregister, and admins' reads in the access log.
  personalData: {
    export: (db, p) => xinjinDataOf(db, p.volunteerId),
    logsAccess: true,
  },
  consumes: [...volunteerReplicaConsumers({ hours: true }), serviceConfirmed],
  seed: seedXinjin,
});
