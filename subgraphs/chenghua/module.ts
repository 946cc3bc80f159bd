import { defineDistrict } from '../kit/district/platform';
import { volunteerReplicaConsumers } from '../kit/district/volunteers';
import { serviceConfirmed } from './actions/hours';
import { createLoaders } from './data/loaders';
import { announceFamily } from './actions/announce';
import { chenghuaDataOf, eraseChenghuaPerson } from './data/personal-data.repository';
import { seedChenghua } from './data/seed';
import { Platform1764300000000 } from './migrations/1764300000000-platform';
import { Families1764960000000 } from './migrations/1764960000000-families';
import { FamilySignUps1764970000000 } from './migrations/1764970000000-family-sign-ups';
import { ChenghuaFamily } from './resolvers/ChenghuaFamily';
import { ChenghuaMember } from './resolvers/ChenghuaMember';
import { ChenghuaQuery } from './resolvers/ChenghuaQuery';
import { Mutation } from './resolvers/Mutation';
import { Project } from './resolvers/Project';
import { Query } from './resolvers/Query';
import type { Resolvers } from './resolvers/types.generated';

/** 成华区 (chenghua) district platform: volunteer families (志愿家庭), their combined hours and badge. */
export const chenghua = defineDistrict({
  code: 'chenghua',
  resolvers: { Query, Mutation, ChenghuaQuery, ChenghuaFamily, ChenghuaMember, Project } satisfies Resolvers,
  migrations: [Platform1764300000000, Families1764960000000, FamilySignUps1764970000000],
  loaders: createLoaders,
  // Families are read by their members only, so there are no admins' reads to log.
  personalData: {
    export: (db, p) => chenghuaDataOf(db, p.volunteerId),
    // A family the person left is announced anew, so projects stops letting the guardian sign them up. A dissolved
    // family needs nothing: its guardian's account no longer names anyone there.
    erase: async (m, p) => {
      const left = await eraseChenghuaPerson(m, p.volunteerId);
      if (left) await announceFamily(m, left);
    },
  },
  // Birth dates are kept (eligibility): a child is whoever is under 18, and only a guardian adds them.
  consumes: [...volunteerReplicaConsumers({ eligibility: true }), serviceConfirmed],
  seed: seedChenghua,
});
