import crypto from 'node:crypto';
import { expectNoErrors, startCity, type City } from '../testkit/city';
import { MEMBER, ORG, TEAM, VOLUNTEER } from '../testkit/fixtures';
import { cityAdminToken, districtAdminToken, volunteerToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import { registerVolunteers } from '../districts/district-helpers';

/**
 * Where something happens that a person expects to hear about, the producing subgraph asks for a notification
 * (`notification.requested`, issue 16.3) in the transaction of the change: an organization verified or suspended,
 * a team's decision on a join request, a family's invitation, a time-bank booking. Each is driven through the
 * gateway and read from the producer's outbox, the request the inbox will consume.
 */
let city: City;
beforeAll(async () => {
  city = await startCity();
  // Demo hours become Pidu credits through events.
  await city.settleEvents();
});
afterAll(() => city?.stop());

interface Requested {
  kind: string;
  recipient: Record<string, string>;
  params: Record<string, unknown>;
  dedupeKey: string;
}
/** The notifications `subgraph` asked for, oldest first. */
async function requested(subgraph: string): Promise<Requested[]> {
  const rows = await city.subgraphs
    .get(subgraph)!
    .db.query(`SELECT payload FROM outbox WHERE type = 'notification.requested' ORDER BY seq`);
  return rows.map((r: { payload: Requested }) => r.payload);
}

test("an organization's admins hear that their district verified it, then that it was suspended and why", async () => {
  const id = ORG(14); // 天府新区华阳街道社区, waiting for verification
  expectNoErrors(
    await city.query(
      graphql(`
        mutation NotifyVerify($id: ID!) {
          verifyOrganization(id: $id) {
            status
          }
        }
      `),
      { id },
      await districtAdminToken(city, 'tianfu'),
    ),
  );
  const reason = '活动现场未按规定为志愿者购买意外保险，整改完成前暂停发布。';
  expectNoErrors(
    await city.query(
      graphql(`
        mutation NotifySuspend($id: ID!, $reason: String!) {
          suspendOrganization(id: $id, reason: $reason) {
            status
          }
        }
      `),
      { id, reason },
      await cityAdminToken(city),
    ),
  );
  const mine = (await requested('organizations')).filter((r) => r.recipient.organizationId === id);
  expect(mine).toEqual([
    {
      kind: 'ORGANIZATION_VERIFIED',
      recipient: { organizationId: id },
      params: { organizationId: id, organizationName: '天府新区华阳街道社区' },
      dedupeKey: expect.any(String),
    },
    {
      kind: 'ORGANIZATION_SUSPENDED',
      recipient: { organizationId: id },
      params: { organizationId: id, organizationName: '天府新区华阳街道社区', reason },
      dedupeKey: expect.any(String),
    },
  ]);
  expect(mine[0].dedupeKey).not.toBe(mine[1].dedupeKey);
});

test("a volunteer hears the team leader's decision on their request to join, approved or declined", async () => {
  const leader = await volunteerToken(city, 3); // leads 锦礼, TEAM(1)
  // MEMBER(3): demo volunteer 11 asked to join 锦礼.
  expectNoErrors(
    await city.query(
      graphql(`
        mutation NotifyApprove($id: ID!) {
          approveTeamMember(memberId: $id) {
            status
          }
        }
      `),
      { id: MEMBER(3) },
      leader,
    ),
  );
  const asked = expectNoErrors(
    await city.query(
      graphql(`
        mutation NotifyJoin($team: ID!) {
          joinTeam(teamId: $team) {
            id
          }
        }
      `),
      { team: TEAM(1) },
      await volunteerToken(city, 9),
    ),
  ).joinTeam.id;
  expectNoErrors(
    await city.query(
      graphql(`
        mutation NotifyDecline($id: ID!) {
          declineTeamMember(memberId: $id, reason: "本期队伍已满员") {
            status
          }
        }
      `),
      { id: asked },
      leader,
    ),
  );
  const decisions = (await requested('organizations')).filter((r) => r.kind === 'TEAM_DECISION');
  expect(decisions.map((d) => [d.recipient, d.params.teamId, d.params.approved])).toEqual([
    [{ volunteerId: VOLUNTEER(11) }, TEAM(1), true],
    [{ volunteerId: VOLUNTEER(9) }, TEAM(1), false],
  ]);
  expect(decisions[0].params.teamName).toMatch(/锦礼/);
});

test('an adult invited into a Chenghua family hears of it; a child added at once is not asked', async () => {
  const [guardian, invited] = await registerVolunteers(city, 'notify-family', 2, 'chenghua');
  const ME = graphql(`
    query NotifyMe {
      me {
        id
      }
    }
  `);
  const invitedId = expectNoErrors(await city.query(ME, {}, invited)).me!.id;
  const familyId = expectNoErrors(
    await city.query(
      graphql(`
        mutation NotifyFound {
          chenghuaCreateFamily(name: "蓉城一家") {
            id
          }
        }
      `),
      {},
      guardian,
    ),
  ).chenghuaCreateFamily.id;
  const ADD = graphql(`
    mutation NotifyAddMember($id: ID!) {
      chenghuaAddMember(volunteerId: $id) {
        status
      }
    }
  `);
  // Adding again is harmless, and asks once.
  for (let i = 0; i < 2; i++)
    expect(expectNoErrors(await city.query(ADD, { id: invitedId }, guardian)).chenghuaAddMember.status).toBe('INVITED');
  expect(await requested('chenghua')).toEqual([
    {
      kind: 'FAMILY_REQUEST',
      recipient: { volunteerId: invitedId },
      params: { familyId, district: 'chenghua' },
      dedupeKey: expect.any(String),
    },
  ]);
});

test("a Pidu provider hears of a booking of their service, once however often the buyer's app retries", async () => {
  const OFFER_ESCORT = '61000000-0000-4000-8000-000000000001'; // 陪老人就医 by demo volunteer 08
  const BOOK = graphql(`
    mutation NotifyBook($id: ID!, $key: String) {
      piduBookService(offerId: $id, idempotencyKey: $key) {
        id
      }
    }
  `);
  const buyer = await volunteerToken(city, 2); // 652 h: may spend credits
  const key = crypto.randomUUID();
  const booked = await Promise.all(
    [1, 2, 3].map(async () => expectNoErrors(await city.query(BOOK, { id: OFFER_ESCORT, key }, buyer))),
  );
  const bookingId = booked[0].piduBookService.id;
  expect(new Set(booked.map((b) => b.piduBookService.id))).toEqual(new Set([bookingId]));
  expect(await requested('pidu')).toEqual([
    {
      kind: 'BOOKING_REQUEST',
      recipient: { volunteerId: VOLUNTEER(8) },
      params: { bookingId, serviceTitle: '陪老人就医', district: 'pidu' },
      dedupeKey: expect.any(String),
    },
  ]);
});
