import { In, type DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, toConnection, type Connection } from '../../kit/runtime/connection';
import type { EventPayload } from '../../kit/runtime/event-catalogue';
import { wellFormedIds } from '../../kit/runtime/ids';
import { timePage, whereEqual } from './paging';
import { TeamMemberEntity } from './team-member.entity';
import { TeamEntity } from './team.entity';
import { VolunteerAccountEntity } from './volunteer-account.entity';

export function teamsByIds(db: DataSource, ids: readonly string[]): Promise<TeamEntity[]> {
  return db.getRepository(TeamEntity).findBy({ id: In(wellFormedIds(ids)) });
}

export function teamsOfOrganizations(db: DataSource, organizationIds: readonly string[]): Promise<TeamEntity[]> {
  return db
    .getRepository(TeamEntity)
    .find({ where: { organizationId: In(wellFormedIds(organizationIds)) }, order: { createdAt: 'ASC', id: 'ASC' } });
}

export interface TeamFilter {
  kind?: string | null;
  specialty?: string | null;
  organizationId?: string | null;
}

export function teamsPage(db: DataSource, filter: TeamFilter, size: number, after?: string | null) {
  const qb = whereEqual(db.getRepository(TeamEntity).createQueryBuilder('t').where('true'), {
    kind: filter.kind,
    specialty: filter.specialty,
    organization_id: filter.organizationId,
  });
  return timePage(qb, 'created_at', (t) => t.createdAt, size, after);
}

export function activeMemberCounts(
  db: DataSource,
  teamIds: readonly string[],
): Promise<{ key: string; count: string }[]> {
  return db
    .getRepository(TeamMemberEntity)
    .createQueryBuilder('m')
    .select('m.team_id', 'key')
    .addSelect('count(*)', 'count')
    .where('m.team_id = ANY(:ids)', { ids: wellFormedIds(teamIds) })
    .andWhere("m.status = 'ACTIVE'")
    .groupBy('m.team_id')
    .getRawMany();
}

/** An account's memberships (or requests) in the given teams. */
export function membershipsOf(
  db: DataSource,
  accountId: string,
  teamIds: readonly string[],
): Promise<TeamMemberEntity[]> {
  return db.getRepository(TeamMemberEntity).findBy({ accountId, teamId: In(wellFormedIds(teamIds)) });
}

export function membersByIds(db: DataSource, ids: readonly string[]): Promise<TeamMemberEntity[]> {
  return db.getRepository(TeamMemberEntity).findBy({ id: In(wellFormedIds(ids)) });
}

const memberCursor = (m: TeamMemberEntity) => [m.role, m.requestedAt.toISOString(), m.id];

/**
 * The same page (leaders first, then by request time) of the members of several teams in one statement: each team's
 * rows are numbered and cut at `size + 1`, so a list of teams with their members costs one query, not one per team.
 */
export async function memberPages(
  db: DataSource,
  teamIds: readonly string[],
  size: number,
  after?: string | null,
): Promise<Map<string, Connection<TeamMemberEntity>>> {
  const cursor = decodeCursor(after, ['text', 'timestamp', 'uuid']);
  const afterSql = cursor ? 'AND (role, requested_at, id) > (:afterRole, :afterTime, :afterId)' : '';
  const rows = await db
    .getRepository(TeamMemberEntity)
    .createQueryBuilder('m')
    .where(
      `m.id IN (SELECT id FROM (
         SELECT id, row_number() OVER (PARTITION BY team_id ORDER BY role, requested_at, id) AS n
         FROM team_member WHERE team_id = ANY(:teams) AND status <> 'DECLINED' ${afterSql}) ranked WHERE n <= :limit)`,
      {
        teams: wellFormedIds(teamIds),
        limit: size + 1,
        afterRole: cursor?.[0],
        afterTime: cursor?.[1],
        afterId: cursor?.[2],
      },
    )
    .orderBy('m.role')
    .addOrderBy('m.requested_at')
    .addOrderBy('m.id')
    .getMany();
  const byTeam = new Map<string, TeamMemberEntity[]>(teamIds.map((id) => [id, []]));
  for (const row of rows) byTeam.get(row.teamId)?.push(row);
  return new Map([...byTeam].map(([teamId, list]) => [teamId, toConnection(list, size, memberCursor)]));
}

export function lockMember(m: EntityManager, id: string): Promise<TeamMemberEntity | null> {
  return m.getRepository(TeamMemberEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

export function lockMembership(m: EntityManager, teamId: string, accountId: string): Promise<TeamMemberEntity | null> {
  return m
    .getRepository(TeamMemberEntity)
    .findOne({ where: { teamId, accountId }, lock: { mode: 'pessimistic_write' } });
}

export async function isActiveLeader(m: EntityManager, teamId: string, accountId: string): Promise<boolean> {
  return m.getRepository(TeamMemberEntity).existsBy({ teamId, accountId, role: 'LEADER', status: 'ACTIVE' });
}

export function saveMember(m: EntityManager, member: Partial<TeamMemberEntity>): Promise<TeamMemberEntity> {
  return m.getRepository(TeamMemberEntity).save(member) as Promise<TeamMemberEntity>;
}

export function saveTeam(m: EntityManager, team: Partial<TeamEntity>): Promise<TeamEntity> {
  return m.getRepository(TeamEntity).save(team) as Promise<TeamEntity>;
}

export async function volunteerIdOf(m: EntityManager, accountId: string): Promise<string | null> {
  return (await m.getRepository(VolunteerAccountEntity).findOneBy({ accountId }))?.volunteerId ?? null;
}

/**
 * Records which volunteer an account registered as (event `volunteer.profile`) and fills it into that account's
 * memberships.
 */
export async function linkVolunteerAccount(
  m: EntityManager,
  { accountId, volunteerId }: Pick<EventPayload<'volunteer.profile'>, 'accountId' | 'volunteerId'>,
): Promise<void> {
  await m.query(
    `INSERT INTO volunteer_account (account_id, volunteer_id) VALUES ($1, $2)
     ON CONFLICT (account_id) DO UPDATE SET volunteer_id = EXCLUDED.volunteer_id`,
    [accountId, volunteerId],
  );
  await m.query('UPDATE team_member SET volunteer_id = $2 WHERE account_id = $1 AND volunteer_id IS NULL', [
    accountId,
    volunteerId,
  ]);
}
