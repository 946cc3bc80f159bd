import { defineSubgraph, readSdl } from '../kit/subgraph';
import { seedRows } from '../kit/seed';
import { consumers } from './actions/consumers';
import { announceDemoHistory } from './actions/hours-events';
import { createLoaders } from './data/loaders';
import demo from './data/demo.json';
import { ProjectEntity } from './data/project.entity';
import { seedReplicas } from './data/replica.repository';
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
import { DistrictAdminReplica1764500000000 } from '../kit/district-admins';
import { District } from './resolvers/District';
import { Mutation } from './resolvers/Mutation';
import { Need } from './resolvers/Need';
import { Notification } from './resolvers/Notification';
import { Organization } from './resolvers/Organization';
import { Project } from './resolvers/Project';
import { ProjectPhoto } from './resolvers/ProjectPhoto';
import { Query } from './resolvers/Query';
import { CorrectionRequest, ServiceRecord } from './resolvers/ServiceRecord';
import { Shift } from './resolvers/Shift';
import { Signup } from './resolvers/Signup';
import { ServiceCategory } from './resolvers/Taxonomy';
import { ServiceSummary } from './resolvers/ServiceSummary';
import { Volunteer } from './resolvers/Volunteer';

/** Publishing, finding and signing up for volunteer projects. */
export const projects = defineSubgraph({
  name: 'projects',
  typeDefs: readSdl('subgraphs/projects'),
  resolvers: { Query, Mutation, Project, ProjectPhoto, Shift, Signup, ServiceRecord, CorrectionRequest, Notification, ServiceCategory, Need, Organization, District, Volunteer, ServiceSummary },
  entities: [ProjectEntity, ShiftEntity, SignupEntity, ServiceRecordEntity],
  migrations: [Projects1764300000000, ServiceRecords1764300100000, Taxonomy1764300200000, Publishing1764300300000, Signups1764300400000, Serving1764300500000, GalleryCalendar1764300600000, OrganizationAdmins1764300700000, HoursVersions1764310000000, SearchNear1764320000000, DistrictAdminReplica1764500000000],
  loaders: createLoaders,
  consumes: consumers,
  seed: async (db) => {
    await seedRows(db, ProjectEntity, demo.projects.map((p) => ({ ...p, publishedAt: new Date(p.publishedAt) })));
    await seedRows(db, ShiftEntity, demo.shifts.map((s) => ({ ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })));
    // All 13 verified demo organizations may publish; 天府新区华阳街道社区 (14) is not verified yet.
    await seedReplicas(db, demo.organizationStandings, demo.volunteerProfiles);
    // Demo service history is dated 2021 so it sits in the past; confirmed when seeded.
    await seedRows(db, ServiceRecordEntity, demo.serviceRecords.map((r) => ({ ...r, confirmedAt: new Date(`${r.servedOn}T18:00:00+08:00`) })));
    await announceDemoHistory(db);
  },
});
