import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { countLoader, groupLoader, rowLoader } from '../../kit/loaders';
import { countsBy, projectsByIds, projectsOfOrganizations } from './project.repository';
import { serviceSummaries } from './service-record.repository';
import type { ProjectEntity } from './project.entity';

export function createLoaders(db: DataSource) {
  // Organization.projects takes `first`, so there is one batching loader per distinct page size in a request.
  const projectsOf = new Map<number, DataLoader<string, ProjectEntity[]>>();
  return {
    project: rowLoader((ids: readonly string[]) => projectsByIds(db, ids), (p) => p.id),
    projectCount: countLoader((codes: readonly string[]) => countsBy(db, 'district_code', codes)),
    serviceSummary: rowLoader((ids: readonly string[]) => serviceSummaries(db, ids), (s) => s.volunteerId),
    organizationProjectCount: countLoader((ids: readonly string[]) => countsBy(db, 'organization_id', ids)),
    organizationProjects(first: number): DataLoader<string, ProjectEntity[]> {
      let loader = projectsOf.get(first);
      if (!loader) {
        loader = groupLoader((ids: readonly string[]) => projectsOfOrganizations(db, ids, first), (p) => p.organizationId);
        projectsOf.set(first, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
