import { countStatements, expectError, expectNoErrors, type City } from '../testkit/city';
import { deliver } from '../testkit/events';
import { bootCity } from './helpers';
import { MEMBER, ORG, TEAM, VOLUNTEER, volunteerAccount } from '../testkit/fixtures';
import { type Tokens } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { CreateTeamInput } from '../testkit/generated/graphql';

let city: City;
let as: Tokens;
bootCity((c, t) => {
  city = c;
  as = t;
});

const MEMBERS = graphql(`
  query TeamsMembers($id: ID!) {
    team(id: $id) {
      name
      memberCount
      members(first: 20) {
        edges {
          node {
            id
            role
            status
            note
            volunteer {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation TeamsApprove($id: ID!) {
    approveTeamMember(memberId: $id) {
      status
      decidedAt
      team {
        memberCount
      }
    }
  }
`);
const DECLINE = graphql(`
  mutation TeamsDecline($id: ID!, $reason: String) {
    declineTeamMember(memberId: $id, reason: $reason) {
      status
      declineReason
    }
  }
`);
const JOIN = graphql(`
  mutation TeamsJoin($team: ID!, $note: String) {
    joinTeam(teamId: $team, note: $note) {
      id
      status
      role
      note
      volunteer {
        id
        displayName
      }
    }
  }
`);

describe('teams are public', () => {
  test("the city's professional event teams, with the organization that runs them and their size", async () => {
    const res = await city.query(
      graphql(`
        query TeamsTeams {
          teams(kind: PROFESSIONAL, first: 20) {
            edges {
              node {
                name
                specialty
                memberCount
                organization {
                  name
                }
              }
            }
          }
        }
      `),
    );
    const teams = expectNoErrors(res).teams.edges.map((e) => e.node);
    const byName = (prefix: string) => teams.find((t) => t.name.startsWith(prefix));
    expect(byName('“锦礼”')).toMatchObject({ specialty: 'ETIQUETTE', organization: { name: '成都市青年志愿者协会' } });
    expect(byName('“蓉译”')).toMatchObject({ specialty: 'TRANSLATION' });
    expect(byName('“蜀道”')).toMatchObject({ specialty: 'GUIDING' });
    expect(teams.map((t) => t.specialty)).toEqual(expect.arrayContaining(['MEDICAL', 'LEGAL']));
    expect(byName('“锦礼”')!.memberCount).toBeGreaterThanOrEqual(2);
    const featured = expectNoErrors(
      await city.query(
        graphql(`
          query TeamsTeams2 {
            teams(kind: FEATURED) {
              edges {
                node {
                  kind
                }
              }
            }
          }
        `),
      ),
    ).teams.edges;
    expect(featured.length).toBeGreaterThanOrEqual(2);
  });

  test('an organization lists the teams it runs', async () => {
    const { organization } = expectNoErrors(
      await city.query(
        graphql(`
          query TeamsOfOrganization($id: ID!) {
            organization(id: $id) {
              teams {
                name
              }
            }
          }
        `),
        { id: ORG(15) },
      ),
    );
    expect(organization!.teams.map((t) => t.name)).toEqual([
      '“锦礼”礼仪志愿服务队',
      '“蓉译”翻译志愿服务队',
      '“蜀道”导览志愿服务队',
      '“芙蓉”赛会医疗保障志愿服务队',
      '“天府”应急救援志愿服务队',
      '“锦城”心理关爱志愿服务队',
      '“金沙”媒体宣传志愿服务队',
    ]);
  });
});

describe("who sees a team's members", () => {
  test('its leader sees leaders first, members and pending requests, each a volunteer of that subgraph', async () => {
    const { team } = expectNoErrors(
      await city.query(MEMBERS, { id: TEAM(2) }, await as.volunteer('demo-volunteer-02')),
    );
    const nodes = team!.members.edges.map((e) => e.node);
    expect(nodes[0]).toMatchObject({ role: 'LEADER', status: 'ACTIVE', volunteer: { displayName: '王*然' } });
    expect(nodes.map((n) => n.status)).toEqual(expect.arrayContaining(['ACTIVE', 'PENDING']));
  });

  test("the running organization's admins and its district's admins see them too", async () => {
    for (const token of [await as.orgAdmin(ORG(15)), await as.districtAdmin('qingyang'), await as.cityAdmin()]) {
      expect(
        expectNoErrors(await city.query(MEMBERS, { id: TEAM(2) }, token)).team!.members.edges.length,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  test("the public, a plain member, another team's leader and another district do not", async () => {
    const refusals = [
      undefined,
      await as.volunteer('demo-volunteer-14'),
      await as.volunteer('demo-volunteer-03'),
      await as.districtAdmin('pidu'),
      await as.orgAdmin(ORG(1)),
    ];
    for (const token of refusals) {
      const err = expectError(await city.query(MEMBERS, { id: TEAM(2) }, token), 'FORBIDDEN');
      expect(err.message).toBe(
        "Only the leaders of “蓉译”翻译志愿服务队, its organization's admins and its district's admins see its members.",
      );
    }
  });
});

describe("joining a team: volunteers ask, the team's leader decides", () => {
  test("a request that is not the leader's to approve is FORBIDDEN, whoever else tries", async () => {
    // MEMBER(3): 徐诗琪 asked to join 锦礼, whose leader is 张梓涵 (demo-volunteer-03).
    const tries = [
      await as.volunteer('demo-volunteer-02'), // leader of 蓉译, another team
      await as.volunteer('demo-volunteer-05'), // a plain member of 锦礼
      await as.volunteer('demo-volunteer-11'), // the one who asked
    ];
    for (const token of tries) {
      const err = expectError(await city.query(APPROVE, { id: MEMBER(3) }, token), 'FORBIDDEN');
      expect(err.message).toBe('Only a leader of “锦礼”礼仪志愿服务队 may approve requests to join it.');
    }
    // Admin roles do not decide for the leader either.
    expectError(await city.query(APPROVE, { id: MEMBER(3) }, await as.orgAdmin(ORG(15))), 'FORBIDDEN');
    expectError(await city.query(APPROVE, { id: MEMBER(3) }, await as.cityAdmin()), 'FORBIDDEN');
    expectError(await city.query(APPROVE, { id: MEMBER(3) }), 'UNAUTHENTICATED');
  });

  test('the leader approves; the team grows by one; deciding twice is a CONFLICT', async () => {
    const leader = await as.volunteer('demo-volunteer-03');
    const before = expectNoErrors(await city.query(MEMBERS, { id: TEAM(1) }, leader)).team!.memberCount;
    const approved = expectNoErrors(await city.query(APPROVE, { id: MEMBER(3) }, leader)).approveTeamMember;
    expect(approved).toMatchObject({ status: 'ACTIVE', team: { memberCount: before + 1 } });
    expectError(await city.query(APPROVE, { id: MEMBER(3) }, leader), 'CONFLICT');
    expectError(await city.query(DECLINE, { id: MEMBER(3) }, leader), 'CONFLICT');
  });

  test('a volunteer asks to join, sees their request, cannot ask twice, and may ask again once declined', async () => {
    const me = await as.volunteer('demo-volunteer-10');
    const request = expectNoErrors(
      await city.query(JOIN, { team: TEAM(3), note: '英语六级，熟悉宽窄巷子一带。' }, me),
    ).joinTeam;
    expect(request).toMatchObject({
      status: 'PENDING',
      role: 'MEMBER',
      volunteer: { id: VOLUNTEER(10), displayName: '吴*航' },
    });
    const mine = expectNoErrors(
      await city.query(
        graphql(`
          query TeamsMyMembership($id: ID!) {
            team(id: $id) {
              myMembership {
                id
                status
              }
            }
          }
        `),
        { id: TEAM(3) },
        me,
      ),
    ).team!.myMembership;
    expect(mine).toEqual({ id: request.id, status: 'PENDING' });
    expect(expectError(await city.query(JOIN, { team: TEAM(3) }, me), 'CONFLICT').message).toMatch(
      /already asked to join “蜀道”导览志愿服务队/,
    );

    const leader = await as.volunteer('demo-volunteer-04');
    expect(
      expectNoErrors(await city.query(DECLINE, { id: request.id, reason: '本期名额已满，下期招募再报名。' }, leader))
        .declineTeamMember,
    ).toEqual({ status: 'DECLINED', declineReason: '本期名额已满，下期招募再报名。' });
    const listed = expectNoErrors(await city.query(MEMBERS, { id: TEAM(3) }, leader)).team!.members.edges.map(
      (e) => e.node.id,
    );
    expect(listed).not.toContain(request.id);

    expect(expectNoErrors(await city.query(JOIN, { team: TEAM(3) }, me)).joinTeam).toMatchObject({
      id: request.id,
      status: 'PENDING',
      note: null,
    });
  });

  test('a member cannot ask to join again; signing in is needed, and an unknown team is NOT_FOUND', async () => {
    expect(
      expectError(await city.query(JOIN, { team: TEAM(1) }, await as.volunteer('demo-volunteer-05')), 'CONFLICT')
        .message,
    ).toBe('You are already a member of “锦礼”礼仪志愿服务队.');
    expectError(await city.query(JOIN, { team: TEAM(1) }), 'UNAUTHENTICATED');
    expectError(await city.query(JOIN, { team: TEAM(99) }, await as.volunteer('demo-volunteer-05')), 'NOT_FOUND');
    expectError(await city.query(JOIN, { team: 'x' }, await as.volunteer('demo-volunteer-05')), 'BAD_USER_INPUT');
  });

  test('an account not yet a volunteer may ask; its volunteer appears once the volunteers subgraph says', async () => {
    const account = 'new-citizen-7731';
    const request = expectNoErrors(await city.query(JOIN, { team: TEAM(4) }, await as.volunteer(account))).joinTeam;
    expect(request.volunteer).toBeNull();
    // The event the volunteers subgraph emits on registration, handed over as the kit's relay does.
    const volunteerId = crypto.randomUUID();
    await deliver(
      city,
      'organizations',
      'volunteer.profile',
      { volunteerId, accountId: account, districtCode: 'wuhou', skills: [], status: 'ACTIVE' },
      'volunteers',
    );
    // A malformed payload is ignored, not retried forever.
    await deliver(city, 'organizations', 'volunteer.profile', { accountId: account }, 'volunteers');
    const mine = expectNoErrors(
      await city.query(
        graphql(`
          query TeamsMyMembershipVolunteer($id: ID!) {
            team(id: $id) {
              myMembership {
                volunteer {
                  id
                }
              }
            }
          }
        `),
        { id: TEAM(4) },
        await as.volunteer(account),
      ),
    );
    expect(mine.team!.myMembership!.volunteer).toEqual({ id: volunteerId });
  });
});

describe('organizations run teams', () => {
  const CREATE = graphql(`
    mutation TeamsCreate($input: CreateTeamInput!) {
      createTeam(input: $input) {
        name
        kind
        organization {
          name
        }
        memberCount
        members {
          edges {
            node {
              role
              volunteer {
                displayName
              }
            }
          }
        }
      }
    }
  `);
  const input = (org: string, name: string): CreateTeamInput => ({
    organizationId: org,
    name,
    kind: 'FEATURED',
    specialty: 'ELDERLY_CARE',
    description: '陪伴社区高龄独居老人。',
    leaderAccountId: volunteerAccount(1),
  });

  test('an admin creates a team with its leader, who is its first member', async () => {
    const team = expectNoErrors(
      await city.query(CREATE, { input: input(ORG(1), '红星社区“夕阳红”陪伴队') }, await as.orgAdmin(ORG(1))),
    ).createTeam;
    expect(team).toEqual({
      name: '红星社区“夕阳红”陪伴队',
      kind: 'FEATURED',
      organization: { name: '锦江区春熙路街道红星社区' },
      memberCount: 1,
      members: { edges: [{ node: { role: 'LEADER', volunteer: { displayName: '李*雨' } } }] },
    });
    expectError(
      await city.query(CREATE, { input: input(ORG(1), '红星社区“夕阳红”陪伴队') }, await as.orgAdmin(ORG(1))),
      'CONFLICT',
    );
  });

  test('nobody else creates teams for it, and an organization not yet verified runs none', async () => {
    expectError(await city.query(CREATE, { input: input(ORG(1), '冒名队') }, await as.orgAdmin(ORG(2))), 'FORBIDDEN');
    expectError(
      await city.query(CREATE, { input: input(ORG(1), '冒名队') }, await as.volunteer('demo-volunteer-01')),
      'FORBIDDEN',
    );
    const err = expectError(
      await city.query(CREATE, { input: input(ORG(14), '华阳志愿队') }, await as.orgAdmin(ORG(14))),
      'ORGANIZATION_NOT_VERIFIED',
    );
    expect(err.message).toMatch(/天府新区华阳街道社区 is not verified yet/);
  });
});

test('a page of teams with members, organizations and counts costs the same SQL for 2 teams as for 7', async () => {
  const token = await as.cityAdmin();
  const page = (n: number) => () =>
    city
      .query(
        graphql(`
          query TeamsPageCost($n: Int!) {
            teams(first: $n) {
              edges {
                node {
                  name
                  memberCount
                  myMembership {
                    id
                  }
                  organization {
                    name
                    district {
                      name
                    }
                  }
                  members(first: 5) {
                    edges {
                      node {
                        role
                        team {
                          name
                        }
                      }
                    }
                    pageInfo {
                      hasNextPage
                    }
                  }
                }
              }
            }
          }
        `),
        { n },
        token,
      )
      .then(expectNoErrors);
  const small = await countStatements(city, page(2));
  const large = await countStatements(city, page(7));
  expect(large.organizations).toBe(small.organizations);
  const { teams } = await page(7)();
  expect(teams.edges.every((e) => e.node.members.edges.length > 0)).toBe(true);
});

test('members page by cursor within a team', async () => {
  const leader = await as.volunteer('demo-volunteer-02');
  const Q = graphql(`
    query TeamsMembersPage($id: ID!, $after: String) {
      team(id: $id) {
        members(first: 1, after: $after) {
          edges {
            node {
              id
              role
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  `);
  const one = expectNoErrors(await city.query(Q, { id: TEAM(2) }, leader)).team!.members;
  const two = expectNoErrors(await city.query(Q, { id: TEAM(2), after: one.pageInfo.endCursor }, leader)).team!.members;
  expect(one.edges[0].node.role).toBe('LEADER');
  expect(one.pageInfo.hasNextPage).toBe(true);
  expect(two.edges[0].node.id).not.toBe(one.edges[0].node.id);
  expectError(await city.query(Q, { id: TEAM(2), after: 'garbage' }, leader), 'BAD_USER_INPUT');
});
