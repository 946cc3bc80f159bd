import { In, type DataSource, type EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { ProjectEntity } from './project.entity';
import { WAS_PUBLISHED_SQL } from '../rules/access';

const repo = (db: DataSource | EntityManager) => db.getRepository(ProjectEntity);

export function projectsByIds(db: DataSource, ids: readonly string[]): Promise<ProjectEntity[]> {
  return repo(db).findBy({ id: In(wellFormedIds(ids)) });
}

export function projectsByNeeds(db: DataSource, needIds: readonly string[]): Promise<ProjectEntity[]> {
  return repo(db).findBy({ needId: In(wellFormedIds(needIds)) });
}

/** A project locked for the rest of the transaction, so concurrent edits and sign-ups see one state. */
export function lockProject(m: EntityManager, id: string): Promise<ProjectEntity | null> {
  return repo(m).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
}

/** The first `perOrganization` projects of each organization, in one statement. */
export async function projectsOfOrganizations(
  db: DataSource,
  orgIds: readonly string[],
  perOrganization: number,
): Promise<ProjectEntity[]> {
  const ranked = await repo(db).query(
    `SELECT id FROM (
       SELECT id, row_number() OVER (PARTITION BY organization_id ORDER BY starts_on, id) AS n
       FROM project p WHERE organization_id = ANY($1) AND ${WAS_PUBLISHED_SQL('p')}
     ) r WHERE n <= $2`,
    [wellFormedIds(orgIds), perOrganization],
  );
  if (ranked.length === 0) return [];
  return repo(db).find({
    where: { id: In(ranked.map((r: { id: string }) => r.id)) },
    order: { startsOn: 'ASC', id: 'ASC' },
  });
}

export function countsBy(db: DataSource, column: 'organization_id' | 'district_code', keys: readonly string[]) {
  const usable = column === 'organization_id' ? wellFormedIds(keys) : [...keys];
  return repo(db)
    .createQueryBuilder('p')
    .select(`p.${column}`, 'key')
    .addSelect('count(*)', 'count')
    .where(`p.${column} = ANY(:keys)`, { keys: usable })
    .andWhere("p.status = 'PUBLISHED'")
    .groupBy(`p.${column}`)
    .getRawMany<{ key: string; count: string }>();
}

export function saveProject(m: EntityManager, row: Partial<ProjectEntity>): Promise<ProjectEntity> {
  return repo(m).save(repo(m).create(row));
}
