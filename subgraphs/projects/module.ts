import { defineSubgraph, readSdl } from '../kit/runtime/subgraph';
import { consumers } from './actions/consumers';
import { startReminders } from './actions/reminders';
import { createLoaders } from './data/loaders';
import { ProjectEntity } from './data/project.entity';
import { seedCrowd, seedProjects } from './data/seed';
import { ServiceRecordEntity } from './data/service-record.entity';
import { ShiftEntity } from './data/shift.entity';
import { SignupEntity } from './data/signup.entity';
import { Projects1764300000000 } from './migrations/1764300000000-projects';
import { ServiceRecords1764300100000 } from './migrations/1764300100000-service-records';
import { Taxonomy1764300200000 } from './migrations/1764300200000-taxonomy';
import { Publishing1764300300000 } from './migrations/1764300300000-publishing';
import { Signups1764300400000 } from './migrations/1764300400000-signups';
import { Serving1764300500000 } from './migrations/1764300500000-serving';
import { GalleryCalendar1764300600000 } from './migrations/1764300600000-gallery-calendar';
import { OrganizationAdmins1764300700000 } from './migrations/1764300700000-organization-admins';
import { HoursVersions1764310000000 } from './migrations/1764310000000-hours-versions';
import { SearchNear1764320000000 } from './migrations/1764320000000-search-near';
import { PartnerConsent1764330000000 } from './migrations/1764330000000-partner-consent';
import { VolunteerReplica1764700000000 } from './migrations/1764700000000-volunteer-replica';
import { FeedHolders1764900000000 } from './migrations/1764900000000-feed-holders';
import { OrganizerAnnouncements1764900100000 } from './migrations/1764900100000-organizer-announcements';
import { Statistics1764900000000 } from './migrations/1764900000000-statistics';
import { NoShows1764950000000 } from './migrations/1764950000000-no-shows';
import { FamilySignUps1764970000000 } from './migrations/1764970000000-family-sign-ups';
import { AppActors1765200000000 } from './migrations/1765200000000-app-actors';
import { RequiredCourses1765300000000 } from './migrations/1765300000000-required-courses';
import { NotificationsMoved1765300100000 } from './migrations/1765300100000-notifications-moved';
import { ShiftCancellation1765310000000 } from './migrations/1765310000000-shift-cancellation';
import { VolunteerCards1765310100000 } from './migrations/1765310100000-volunteer-cards';
import { CampaignsInsurance1765300200000 } from './migrations/1765300200000-campaigns-insurance';
import { SearchGrams1765400000010 } from './migrations/1765400000010-search-grams';
import { CalendarReads1765400000020 } from './migrations/1765400000020-calendar-reads';
import { PeopleMarks1765500000010 } from './migrations/1765500000010-people-marks';
import { MonthlyFigures1765500000020 } from './migrations/1765500000020-monthly-figures';
import { ActiveProjectsIndex1765500000030 } from './migrations/1765500000030-active-projects-index';
import { RollupLock1765500000040 } from './migrations/1765500000040-rollup-lock';
import { Campaign, CampaignDistrict } from './resolvers/Campaign';
import { InsuranceProgram, ProgramPolicy } from './resolvers/InsuranceProgram';
import { DistrictAdminReplica1764500000000 } from '../kit/runtime/district-admins';
import { ReplicaConsents1764900000000, ReplicaPartnerConsent1764800000000 } from '../kit/district/volunteers';
import { District } from './resolvers/District';
import { Mutation } from './resolvers/Mutation';
import { Need } from './resolvers/Need';
import { Organization } from './resolvers/Organization';
import { Project } from './resolvers/Project';
import { ProjectConnection } from './resolvers/ProjectConnection';
import { OrganizerProjectConnection } from './resolvers/OrganizerProjectConnection';
import { ProjectPhoto } from './resolvers/ProjectPhoto';
import { Query } from './resolvers/Query';
import { CorrectionRequest, ServiceRecord } from './resolvers/ServiceRecord';
import { Shift } from './resolvers/Shift';
import { Statistics } from './resolvers/Statistics';
import { WageRate } from './resolvers/WageRate';
import { AttendanceResult } from './resolvers/AttendanceResult';
import { Signup } from './resolvers/Signup';
import { ServiceCategory } from './resolvers/Taxonomy';
import { ServiceSummary } from './resolvers/ServiceSummary';
import { Volunteer } from './resolvers/Volunteer';
import type { Resolvers } from './resolvers/types.generated';
import { AccessLog, PersonalDataExport } from './resolvers/Rights';
import { AccessLog1764900000000 } from '../kit/runtime/access-log';
import { JSONScalar } from '../kit/runtime/json-scalar';

/** Publishing, finding and signing up for volunteer projects. */
export const projects = defineSubgraph({
  name: 'projects',
  typeDefs: readSdl('subgraphs/projects'),
  // Every type's resolvers checked against the SDL (resolvers/types.generated.ts).
  resolvers: {
    Query,
    Mutation,
    Project,
    ProjectConnection,
    OrganizerProjectConnection,
    ProjectPhoto,
    Shift,
    Signup,
    ServiceRecord,
    CorrectionRequest,
    ServiceCategory,
    Need,
    Organization,
    District,
    Volunteer,
    ServiceSummary,
    PersonalDataExport,
    AccessLog,
    JSON: JSONScalar,
    Statistics,
    WageRate,
    AttendanceResult,
    InsuranceProgram,
    ProgramPolicy,
    Campaign,
    CampaignDistrict,
  } satisfies Resolvers,
  entities: [ProjectEntity, ShiftEntity, SignupEntity, ServiceRecordEntity],
  migrations: [
    Projects1764300000000,
    ServiceRecords1764300100000,
    Taxonomy1764300200000,
    Publishing1764300300000,
    Signups1764300400000,
    Serving1764300500000,
    GalleryCalendar1764300600000,
    OrganizationAdmins1764300700000,
    HoursVersions1764310000000,
    SearchNear1764320000000,
    PartnerConsent1764330000000,
    DistrictAdminReplica1764500000000,
    VolunteerReplica1764700000000,
    ReplicaPartnerConsent1764800000000,
    ReplicaConsents1764900000000,
    FeedHolders1764900000000,
    OrganizerAnnouncements1764900100000,
    AccessLog1764900000000,
    Statistics1764900000000,
    NoShows1764950000000,
    FamilySignUps1764970000000,
    AppActors1765200000000,
    RequiredCourses1765300000000,
    NotificationsMoved1765300100000,
    ShiftCancellation1765310000000,
    VolunteerCards1765310100000,
    CampaignsInsurance1765300200000,
    SearchGrams1765400000010,
    CalendarReads1765400000020,
    PeopleMarks1765500000010,
    MonthlyFigures1765500000020,
    ActiveProjectsIndex1765500000030,
    RollupLock1765500000040,
  ],
  logsAccess: true,
  loaders: createLoaders,
  consumes: consumers,
  // Shift and confirmation-deadline reminders, on a durable job queue.
  background: startReminders,
  seed: seedProjects,
  seedCrowd: (db) => seedCrowd(db),
});
