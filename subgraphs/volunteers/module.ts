import { defineSubgraph, readSdl } from '../kit/runtime/subgraph';
import { createLoaders } from './data/loaders';
import { seedCrowdVolunteers, seedVolunteers } from './data/seed';
import { ServiceProofEntity } from './data/service-proof.entity';
import { VolunteerEntity } from './data/volunteer.entity';
import { recordAnnouncedHours, recordSignedUpOrganizations } from './data/volunteer.repository';
import { replicateOrganizationAdmins } from '../kit/runtime/organization-admins';
import { Organizers1764900100000 } from './migrations/1764900100000-organizers';
import { on } from '../kit/runtime/event-catalogue';
import { Volunteers1764300000000 } from './migrations/1764300000000-volunteers';
import { PersonalData1764300200000 } from './migrations/1764300200000-personal-data';
import { ProofLines1764300700000 } from './migrations/1764300700000-proof-lines';
import { HoursVersion1764310000000 } from './migrations/1764310000000-hours-version';
import { PublicHolderNames1764610000000 } from './migrations/1764610000000-public-holder-names';
import { Consents1764900000000 } from './migrations/1764900000000-consents';
import { Consent } from './resolvers/Consent';
import { VolunteerProfile } from './resolvers/VolunteerProfile';
import { RegistrationFigures1764900000000 } from './migrations/1764900000000-registration-figures';
import { RegistrationFiguresErasure1764900200000 } from './migrations/1764900200000-registration-figures-erasure';
import { BreakdownFigures1764900300000 } from './migrations/1764900300000-breakdown-figures';
import { beijingToday } from '../kit/city/statistics';
import { DistrictAdminReplica1764500000000, replicateDistrictAdmins } from '../kit/runtime/district-admins';
import { District } from './resolvers/District';
import { Mutation } from './resolvers/Mutation';
import { Query } from './resolvers/Query';
import { ServiceProof } from './resolvers/ServiceProof';
import { Statistics } from './resolvers/Statistics';
import { Volunteer } from './resolvers/Volunteer';
import type { Resolvers } from './resolvers/types.generated';
import { AccessLog, PersonalDataExport, RecordCorrection } from './resolvers/Rights';
import { AccessLog1764900000000 } from '../kit/runtime/access-log';
import { JSONScalar } from '../kit/runtime/json-scalar';
import { Rights1764900100000 } from './migrations/1764900100000-rights';
import { PartnerApps1765000000000 } from './migrations/1765000000000-partner-apps';
import { PartnerAppOperations1765100000000 } from './migrations/1765100000000-partner-app-operations';
import { PartnerApp } from './resolvers/PartnerApp';
import { PartnerAppClient } from './resolvers/PartnerAppClient';
import { AppGrant } from './resolvers/AppGrant';
import { WebhookDelivery } from './resolvers/WebhookDelivery';
import { Webhooks1765100000000 } from './migrations/1765100000000-webhooks';
import { startWebhookDelivery, webhookConsumers } from './actions/webhooks';
import { Training1765300000000 } from './migrations/1765300000000-training';
import { MonthlyFigures1765500000010 } from './migrations/1765500000010-monthly-figures';
import { trainingCompleted } from './actions/training';
import { TrainingCourse } from './resolvers/TrainingCourse';
import { TrainingRecord } from './resolvers/TrainingRecord';

/** Who a volunteer is: registration, personal data, identity card and growth. */
export const volunteers = defineSubgraph({
  name: 'volunteers',
  typeDefs: readSdl('subgraphs/volunteers'),
  // Every type's resolvers checked against the SDL (resolvers/types.generated.ts).
  resolvers: {
    Query,
    Mutation,
    Volunteer,
    VolunteerProfile,
    ServiceProof,
    District,
    Consent,
    PersonalDataExport,
    AccessLog,
    RecordCorrection,
    Statistics,
    PartnerApp,
    PartnerAppClient,
    AppGrant,
    WebhookDelivery,
    TrainingCourse,
    TrainingRecord,
    JSON: JSONScalar,
  } satisfies Resolvers,
  entities: [VolunteerEntity, ServiceProofEntity],
  migrations: [
    Volunteers1764300000000,
    PersonalData1764300200000,
    ProofLines1764300700000,
    HoursVersion1764310000000,
    DistrictAdminReplica1764500000000,
    PublicHolderNames1764610000000,
    Consents1764900000000,
    Organizers1764900100000,
    AccessLog1764900000000,
    Rights1764900100000,
    RegistrationFigures1764900000000,
    RegistrationFiguresErasure1764900200000,
    BreakdownFigures1764900300000,
    PartnerApps1765000000000,
    PartnerAppOperations1765100000000,
    Webhooks1765100000000,
    Training1765300000000,
    MonthlyFigures1765500000010,
  ],
  logsAccess: true,
  loaders: createLoaders,
  consumes: [
    // The projects subgraph announces a volunteer's new confirmed-hours total (versioned); only list filters use
    // the copy.
    on('volunteer.hours', (p, { manager, event }) =>
      recordAnnouncedHours(manager, p, beijingToday(new Date(event.occurredAt))),
    ),
    // District admins list and see volunteers only while the organizations subgraph lists them for their district.
    replicateDistrictAdmins,
    // A consent to ORGANIZERS reaches the admins of the organizations the volunteer signed up with, while listed.
    on('volunteer.organizations', (p, { manager }) => recordSignedUpOrganizations(manager, p)),
    replicateOrganizationAdmins,
    // Partner apps linked to the citizen are sent webhooks about their sign-ups and hours.
    ...webhookConsumers,
    // majorevents: attendance of an event's training session becomes a training record (once per attendance).
    trainingCompleted,
  ],
  background: startWebhookDelivery,
  seed: seedVolunteers,
  seedCrowd: (db) => seedCrowdVolunteers(db),
});
