import { defineDistrict } from '../kit/district/platform';
import {
  ReplicaHoursVersion1764310000000,
  ReplicaOneShape1764700000000,
  ReplicaPartnerConsent1764800000000,
  ReplicaConsents1764900000000,
  volunteerReplicaConsumers,
} from '../kit/district/volunteers';
import { serviceConfirmed } from './actions/ledger';
import { createLoaders } from './data/loaders';
import { timeBankFigures } from './data/statistics.repository';
import { piduFigures } from './rules/figures';
import { erasePiduPerson, piduDataOf } from './data/personal-data.repository';
import { seedPidu } from './data/seed';
import { Platform1764300000000 } from './migrations/1764300000000-platform';
import { LedgerFigures1765500000010 } from './migrations/1765500000010-ledger-figures';
import { TimeBank1764300100000 } from './migrations/1764300100000-time-bank';
import { MoneyRequests1764300200000 } from './migrations/1764300200000-money-requests';
import { Mutation } from './resolvers/Mutation';
import { PiduBooking } from './resolvers/PiduBooking';
import { PiduFamilyLink } from './resolvers/PiduFamilyLink';
import { PiduLedgerEntry } from './resolvers/PiduLedgerEntry';
import { PiduQuery } from './resolvers/PiduQuery';
import { PiduServiceOffer } from './resolvers/PiduServiceOffer';
import { PiduVolunteer } from './resolvers/PiduVolunteer';
import { Query } from './resolvers/Query';
import { Volunteer } from './resolvers/Volunteer';
import type { Resolvers } from './resolvers/types.generated';

/** 郫都区 (pidu) district platform: the time bank (时间银行). */
export const pidu = defineDistrict({
  code: 'pidu',
  resolvers: {
    Query,
    PiduQuery,
    Mutation,
    Volunteer,
    PiduVolunteer,
    PiduLedgerEntry,
    PiduFamilyLink,
    PiduServiceOffer,
    PiduBooking,
  } satisfies Resolvers,
  migrations: [
    Platform1764300000000,
    TimeBank1764300100000,
    MoneyRequests1764300200000,
    ReplicaHoursVersion1764310000000,
    ReplicaOneShape1764700000000,
    // The replica's one shape holds the consent column (left false here: no partner app reads through this district).
    ReplicaPartnerConsent1764800000000,
    ReplicaConsents1764900000000,
    LedgerFigures1765500000010,
  ],
  loaders: createLoaders,
  // Its time bank's figures on the city's statistics (Statistics.pidu), one statement per range.
  figures: async (db, from, to) => piduFigures(await timeBankFigures(db, from, to)),
  // The person's section of their export, what goes when they deregister, and admins' reads in the access log.
  personalData: {
    export: (db, p) => piduDataOf(db, p.volunteerId),
    erase: (m, p) => erasePiduPerson(m, p.volunteerId),
    logsAccess: true,
  },
  consumes: [...volunteerReplicaConsumers({ hours: true }), serviceConfirmed],
  seed: seedPidu,
});
