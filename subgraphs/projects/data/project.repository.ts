import { In, type DataSource } from 'typeorm';
import { wellFormedIds } from '../../kit/ids';
import { ProjectEntity } from './project.entity';

const repo = (db: DataSource) => db.getRepository(ProjectEntity);

export function projectsByIds(db: DataSource, ids: readonly string[]): Promise<ProjectEntity[]> {
  return repo(db).findBy({ id: In(wellFormedIds(ids)) });
}

/** One page of published projects after the (startsOn, id) cursor; fetches `limit` rows. */
export function publishedPage(db: DataSource, limit: number, after: [string, string] | null): Promise<ProjectEntity[]> {
  const q = repo(db).createQueryBuilder('p').where("p.status = 'PUBLISHED'");
  if (after) q.andWhere('(p.starts_on, p.id) > (:startsOn, :id)', { startsOn: after[0], id: after[1] });
  return q.orderBy('p.starts_on', 'ASC').addOrderBy('p.id', 'ASC').limit(limit).getMany();
}

/** The first `perOrganization` projects of each organization, in one statement. */
export async function projectsOfOrganizations(db: DataSource, orgIds: readonly string[], perOrganization: number): Promise<ProjectEntity[]> {
  const ranked = await repo(db).query(
    `SELECT id FROM (
       SELECT id, row_number() OVER (PARTITION BY organization_id ORDER BY starts_on, id) AS n
       FROM project WHERE organization_id = ANY($1) AND status <> 'DRAFT'
     ) r WHERE n <= $2`,
    [wellFormedIds(orgIds), perOrganization],
  );
  if (ranked.length === 0) return [];
  return repo(db).find({ where: { id: In(ranked.map((r: { id: string }) => r.id)) }, order: { startsOn: 'ASC', id: 'ASC' } });
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
