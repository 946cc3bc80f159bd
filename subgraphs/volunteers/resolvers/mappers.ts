/**
 * What this subgraph's resolvers really receive as the parent of each GraphQL type that is not its plain GraphQL
 * shape. codegen.ts maps `<Type>` to `<Type>Mapper`, so the generated resolver types check field resolvers against
 * these and not against the SDL's object types.
 */
import type { ConsentRow } from '../data/consent.repository';
import type { PartnerAppRow } from '../data/partner-app.repository';
import type { AppGrant } from '../actions/app-grants';
import type { DeliveryLogRow } from '../data/webhook.repository';
import type { ServiceProofEntity } from '../data/service-proof.entity';
import type { ActiveVolunteer } from '../data/volunteer.repository';
import type { ServiceFiguresInput } from '../rules/proof';
import type { VolunteerProfile } from './types.generated';
import type { RecordCorrectionRow } from '../data/correction.repository';
import type { StatisticsKey } from '../../kit/city/statistics';
import type { CourseRow, TrainingRecordRow } from '../data/training.repository';

/** A volunteer row, plus the fields the projects subgraph supplies when a field `@requires` them. */
export type VolunteerMapper = ActiveVolunteer & { confirmedHours?: number; serviceSummary?: ServiceFiguresInput };

export type ServiceProofMapper = ServiceProofEntity;

/** Districts belong to the organizations subgraph: the gateway hands this one the key alone. */
export type DistrictMapper = { code: string };

/** A profile as Volunteer.profile builds it; the deprecated `shareWithPartners` is read from consents on demand. */
export type VolunteerProfileMapper = Omit<VolunteerProfile, 'shareWithPartners'> & { volunteerId: string };

/** A consent record as kept; its moments leave as ISO 8601 (resolvers/Consent.ts). */
export type ConsentMapper = ConsentRow;
/** The person's export and access log: keyed by their volunteer id, with their row where this subgraph loaded it. */
export type PersonalDataExportMapper = { volunteerId: string };
export type AccessLogMapper = { volunteerId: string };

export type RecordCorrectionMapper = RecordCorrectionRow;
/** The key of the city's figures, which several subgraphs contribute to. */
export type StatisticsMapper = StatisticsKey;

/** A registered partner app as kept; the secret hash is only served to the gateway (PartnerAppClient). */
export type PartnerAppMapper = PartnerAppRow;
export type PartnerAppClientMapper = PartnerAppRow;
/** An app holding a citizen's grant: their consent in force to it and its name (actions/app-grants.ts). */
export type AppGrantMapper = AppGrant;
export type PartnerAppWithSecretMapper = { app: PartnerAppRow; clientSecret: string; webhookSecret: string };
export type WebhookDeliveryMapper = DeliveryLogRow;

/** A course of the catalogue as kept; its organization leaves as a reference. */
export type TrainingCourseMapper = CourseRow;
/** A training record with its course's name and content (data/training.repository.ts). */
export type TrainingRecordMapper = TrainingRecordRow;
