import { defineDistrict } from '../kit/district/platform';
import { consumers } from './actions/consumers';
import { createLoaders } from './data/loaders';
import { boardFigures } from './data/statistics.repository';
import { wuhouFigures } from './rules/figures';
import { eraseWuhouPerson, wuhouDataOf } from './data/personal-data.repository';
import { seedWuhou } from './data/seed';
import { ReplicaConsents1764900000000, ReplicaPartnerConsent1764800000000 } from '../kit/district/volunteers';
import { Platform1764300000000 } from './migrations/1764300000000-platform';
import { NeedsBoard1764400000000 } from './migrations/1764400000000-needs-board';
import { VolunteerReplica1764700000000 } from './migrations/1764700000000-volunteer-replica';
import { BoardFigures1765000000000 } from './migrations/1765000000000-board-figures';
import { Mutation } from './resolvers/Mutation';
import { Query } from './resolvers/Query';
import { Volunteer } from './resolvers/Volunteer';
import { WuhouNeed } from './resolvers/WuhouNeed';
import { WuhouQuery } from './resolvers/WuhouQuery';
import type { Resolvers } from './resolvers/types.generated';

/** 武侯区 (wuhou) district platform: the community needs board (社区需求墙) and honor hours. */
export const wuhou = defineDistrict({
  code: 'wuhou',
  resolvers: { Query, Mutation, WuhouQuery, WuhouNeed, Volunteer } satisfies Resolvers,
  // The replica's one shape holds the consent column (left false here: no partner app reads through this district).
  migrations: [
    Platform1764300000000,
    NeedsBoard1764400000000,
    VolunteerReplica1764700000000,
    ReplicaPartnerConsent1764800000000,
    ReplicaConsents1764900000000,
    BoardFigures1765000000000,
  ],
  loaders: createLoaders,
  // Its needs board's figures on the city's statistics (Statistics.wuhou), one statement per range.
  figures: async (db, from, to) => wuhouFigures(await boardFigures(db, from, to)),
  // The person's section of their export, what goes when they deregister, and admins' reads in the access log.
  personalData: {
    export: (db, p) => wuhouDataOf(db, p.volunteerId, p.accountId),
    erase: (m, p) => eraseWuhouPerson(m, p.accountId),
  },
  consumes: consumers,
  seed: seedWuhou,
});
