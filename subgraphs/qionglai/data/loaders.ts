import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rowLoader } from '../../kit/runtime/loaders';
import { placeFigures, placesByIds } from './place.repository';
import { rememberDistricts } from './project-facts.repository';
import { tagPages, tagsOfProjects, type TagPageKey, type TagRow, type Theme } from './tag.repository';

export function createLoaders(db: DataSource) {
  // One batching loader per page shape (size and theme filter): keys are (place, cursor) pairs.
  const pages = new Map<string, DataLoader<TagPageKey, TagRow[], string>>();
  return {
    place: rowLoader(
      (ids: readonly string[]) => placesByIds(db, ids),
      (p) => p.id,
    ),
    figures: rowLoader(
      (ids: readonly string[]) => placeFigures(db, ids),
      (f) => f.placeId,
    ),
    tag: rowLoader(
      (ids: readonly string[]) => tagsOfProjects(db, ids),
      (t) => t.projectId,
    ),
    /** Notes the districts the gateway reported for a batch of projects, in one statement. */
    seen: new DataLoader<{ projectId: string; districtCode: string }, true, string>(
      async (facts) => {
        await rememberDistricts(db, facts);
        return facts.map(() => true as const);
      },
      { cacheKeyFn: (f) => f.projectId },
    ),
    tagPage(theme: Theme | null, limit: number): DataLoader<TagPageKey, TagRow[], string> {
      const shape = `${theme}:${limit}`;
      let loader = pages.get(shape);
      if (!loader) {
        loader = new DataLoader<TagPageKey, TagRow[], string>(
          async (keys) => {
            const groups: TagRow[][] = keys.map(() => []);
            for (const row of await tagPages(db, keys, theme, limit)) groups[row.ord - 1].push(row);
            return groups;
          },
          { cacheKeyFn: (k) => JSON.stringify(k) },
        );
        pages.set(shape, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
