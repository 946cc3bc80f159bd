import crypto from 'node:crypto';
import { countStatements, expectError, expectNoErrors, startCity, type City, type GqlResult } from '../testkit/city';
import { pidu } from '../../subgraphs/pidu/module';
import { deliver } from '../testkit/events';
import { outcomes, sql } from './district-helpers';
import { VOLUNTEER } from '../testkit/fixtures';
import { districtAdminToken, volunteerToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { ResultOf } from '@graphql-typed-document-node/core';

/**
 * Pidu's time bank through the gateway: demo history earns credits (1 h = 1 credit, city-wide, capped at 1,500),
 * family gifts and escrowed bookings move them, and the ledger never goes negative nor loses a credit under
 * concurrency. Demo hours: 李思雨 (01) 126 h, 王浩然 (02) 652 h, 刘一鸣 (04) 1,512 h; 黄俊杰 (08) and 胡晓雯 (13)
 * live in Pidu with no hours yet and offer 陪老人就医 and 辅导作业.
 */
let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const OFFER_ESCORT = '61000000-0000-4000-8000-000000000001'; // 陪老人就医 by 08, 3 credits
const OFFER_HOMEWORK = '61000000-0000-4000-8000-000000000002'; // 辅导作业 by 13, 2 credits

// The account's figures as a fragment, so the queries below ask for them alike.
graphql(`
  fragment PiduTimeBankAccount on PiduVolunteer {
    balance
    held
    cap
    canSpend
    uncreditedHours
  }
`);
const account = async (n: number) => {
  const res = await city.query(
    graphql(`
      query PiduTimeBankMyAccount {
        pidu {
          myAccount {
            ...PiduTimeBankAccount
          }
        }
      }
    `),
    {},
    await volunteerToken(city, n),
  );
  return expectNoErrors(res).pidu.myAccount!;
};

/** Every account's entries add up to its balance, and no entry ever left a balance below zero. */
async function expectLedgerConsistent() {
  const drift = await sql(
    city,
    'pidu',
    `SELECT a.volunteer_id FROM time_bank_account a
      LEFT JOIN (SELECT volunteer_id, sum(amount) AS total FROM time_bank_entry GROUP BY volunteer_id) e
      USING (volunteer_id)
     WHERE a.balance <> coalesce(e.total, 0) OR a.balance < 0 OR a.held < 0 OR a.balance + a.held > 1500`,
  );
  expect(drift).toEqual([]);
  const [negative] = await sql(city, 'pidu', 'SELECT count(*)::int AS n FROM time_bank_entry WHERE balance_after < 0');
  expect(negative.n).toBe(0);
}

test('one gateway query mixes core fields with the Pidu account: star level, confirmed hours and balance', async () => {
  const res = await city.query(
    graphql(`
      query PiduTimeBankMeAccount {
        me {
          displayName
          starLevel
          confirmedHours
          pidu {
            ...PiduTimeBankAccount
            entries(first: 2) {
              edges {
                node {
                  kind
                  amount
                  balanceAfter
                  recordId
                }
              }
            }
          }
        }
      }
    `),
    {},
    await volunteerToken(city, 2),
  );
  const me = expectNoErrors(res).me;
  expect(me).toMatchObject({
    displayName: '王*然',
    starLevel: 3,
    confirmedHours: 652,
    pidu: { balance: 652, held: 0, cap: 1500, canSpend: true, uncreditedHours: 0 },
  });
  expect(me!.pidu!.entries.edges[0]!.node).toMatchObject({ kind: 'EARNED' });
});

test('credits stop at the 1,500 cap; the hours beyond it earn nothing but still count for stars', async () => {
  const res = await city.query(
    graphql(`
      query PiduTimeBankMe {
        me {
          starLevel
          confirmedHours
          pidu {
            balance
            uncreditedHours
          }
        }
      }
    `),
    {},
    await volunteerToken(city, 4),
  );
  expect(expectNoErrors(res).me).toEqual({
    starLevel: 5,
    confirmedHours: 1512,
    pidu: { balance: 1500, uncreditedHours: 12 },
  });
});

test('an account is visible to its volunteer, the admins of their home district and city admins only', async () => {
  const q = graphql(`
    query PiduTimeBankVolunteerBalance($id: ID!) {
      volunteer(id: $id) {
        displayName
        pidu {
          balance
        }
      }
    }
  `);
  // 王浩然 (02) lives in Qingyang: Pidu's admin runs the time bank but does not see a Qingyang resident's account.
  const as = async (token?: string, id = VOLUNTEER(2)) =>
    expectNoErrors(await city.query(q, { id }, token)).volunteer!.pidu;
  expect(await as()).toBeNull();
  expect(await as(await volunteerToken(city, 1))).toBeNull();
  expect(await as(await districtAdminToken(city, 'xinjin'))).toBeNull();
  expect(await as(await districtAdminToken(city, 'pidu'))).toBeNull();
  expect(await as(await districtAdminToken(city, 'qingyang'))).toEqual({ balance: 652 });
  expect(await as(await volunteerToken(city, 2))).toEqual({ balance: 652 });
  expect(await as(await city.token({ role: 'city_admin', sub: 'c-admin' }))).toEqual({ balance: 652 });
  // 黄俊杰 (08) lives in Pidu: Pidu's admin sees his account, Qingyang's does not.
  expect(await as(await districtAdminToken(city, 'pidu'), VOLUNTEER(8))).toEqual({ balance: expect.any(Number) });
  expect(await as(await districtAdminToken(city, 'qingyang'), VOLUNTEER(8))).toBeNull();
});

test('a correction applies only the difference, keyed by record id', async () => {
  const [record] = await sql<{ record_id: string; hours: number }>(
    city,
    'pidu',
    `SELECT record_id, hours::float8 AS hours FROM record_credit WHERE volunteer_id = $1 ORDER BY record_id LIMIT 1`,
    [VOLUNTEER(2)],
  );
  // The rest of the record as the projects subgraph announces it; the time bank reads record, volunteer and hours.
  const announced = {
    projectId: '40000000-0000-4000-8000-000000000001',
    organizationId: '10000000-0000-4000-8000-000000000001',
    districtCode: 'pidu',
    servedOn: '2025-05-01',
  };
  const payload = { ...announced, recordId: record.record_id, volunteerId: VOLUNTEER(2), hours: record.hours - 2 };
  await deliver(city, 'pidu', 'service.confirmed', payload);
  expect((await account(2)).balance).toBe(650);
  await deliver(city, 'pidu', 'service.confirmed', { ...payload, hours: record.hours + 1 });
  expect((await account(2)).balance).toBe(653);
  const entries = expectNoErrors(
    await city.query(
      graphql(`
        query PiduTimeBankPidu {
          pidu {
            myAccount {
              entries(first: 2) {
                edges {
                  node {
                    kind
                    amount
                    recordId
                  }
                }
              }
            }
          }
        }
      `),
      {},
      await volunteerToken(city, 2),
    ),
  );
  expect(entries.pidu.myAccount!.entries.edges.map((e) => e.node)).toEqual([
    { kind: 'EARNED', amount: 3, recordId: record.record_id },
    { kind: 'CORRECTED', amount: -2, recordId: record.record_id },
  ]);
});

describe('family gifts', () => {
  const give = async (from: number, to: number, amount: number) =>
    city.query(
      graphql(`
        mutation PiduTimeBankPiduGiveCredits($to: ID!, $a: Float!) {
          piduGiveCredits(toVolunteerId: $to, amount: $a) {
            balance
          }
        }
      `),
      { to: VOLUNTEER(to), a: amount },
      await volunteerToken(city, from),
    );

  test('a gift needs a family link the relative accepted', async () => {
    expectError(await give(4, 8, 10), 'NOT_FAMILY');
    const declared = expectNoErrors(
      await city.query(
        graphql(`
          mutation PiduTimeBankPiduDeclareFamily($id: ID!) {
            piduDeclareFamily(relativeVolunteerId: $id, relation: CHILD) {
              id
              status
              relation
              declaredBy {
                id
              }
              relative {
                id
              }
            }
          }
        `),
        { id: VOLUNTEER(8) },
        await volunteerToken(city, 4),
      ),
    ).piduDeclareFamily;
    expect(declared).toMatchObject({
      status: 'PENDING',
      relation: 'CHILD',
      declaredBy: { id: VOLUNTEER(4) },
      relative: { id: VOLUNTEER(8) },
    });
    expectError(await give(4, 8, 10), 'NOT_FAMILY');
    const accept = graphql(`
      mutation PiduTimeBankAccept($id: ID!) {
        piduAcceptFamily(linkId: $id) {
          status
          acceptedAt
        }
      }
    `);
    expectError(await city.query(accept, { id: declared.id }, await volunteerToken(city, 4)), 'FORBIDDEN');
    expectError(await city.query(accept, { id: declared.id }, await volunteerToken(city, 1)), 'NOT_FOUND');
    expect(
      expectNoErrors(await city.query(accept, { id: declared.id }, await volunteerToken(city, 8))).piduAcceptFamily
        .status,
    ).toBe('ACCEPTED');
    expectError(await city.query(accept, { id: declared.id }, await volunteerToken(city, 8)), 'CONFLICT');
    // Declaring the same pair again, from either side, is a conflict.
    expectError(
      await city.query(
        graphql(`
          mutation PiduTimeBankPiduDeclareFamily2($id: ID!) {
            piduDeclareFamily(relativeVolunteerId: $id, relation: PARENT) {
              id
            }
          }
        `),
        { id: VOLUNTEER(4) },
        await volunteerToken(city, 8),
      ),
      'CONFLICT',
    );
  });

  test('gift input is validated', async () => {
    for (const amount of [0, -5, 0.3, 1500.5]) expectError(await give(4, 8, amount), 'BAD_USER_INPUT');
    expectError(
      await city.query(
        graphql(`
          mutation PiduTimeBankPiduGiveCredits2 {
            piduGiveCredits(toVolunteerId: "nope", amount: 1) {
              balance
            }
          }
        `),
        {},
        await volunteerToken(city, 4),
      ),
      'BAD_USER_INPUT',
    );
    expectError(await give(4, 4, 1), 'BAD_USER_INPUT');
    expectError(
      await city.query(`mutation { piduGiveCredits(toVolunteerId: "${VOLUNTEER(8)}", amount: 1) { balance } }`),
      'UNAUTHENTICATED',
    );
    const admin = await districtAdminToken(city, 'pidu');
    expectError(
      await city.query(
        `mutation { piduGiveCredits(toVolunteerId: "${VOLUNTEER(8)}", amount: 1) { balance } }`,
        {},
        admin,
      ),
      'FORBIDDEN',
    );
    // 08 has no confirmed hours: below one star, credits cannot be given.
    expectError(await give(8, 4, 1), 'STAR_LEVEL_TOO_LOW');
  });

  test('100 concurrent gifts of 20 from 1,500 credits: exactly 75 go through and no credit is lost', async () => {
    const token = await volunteerToken(city, 4);
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        city.query(
          graphql(`
            mutation PiduTimeBankPiduGiveCredits3($to: ID!) {
              piduGiveCredits(toVolunteerId: $to, amount: 20) {
                balance
              }
            }
          `),
          { to: VOLUNTEER(8) },
          token,
        ),
      ),
    );
    expect(outcomes(results)).toEqual({ OK: 75, INSUFFICIENT_CREDITS: 25 });
    expect((await account(4)).balance).toBe(0);
    expect((await account(8)).balance).toBe(1500);
    await expectLedgerConsistent();
    const [gifts] = await sql(
      city,
      'pidu',
      `SELECT count(*)::int AS n, sum(amount)::float8 AS total FROM time_bank_entry WHERE kind = 'GIFT_RECEIVED'
       AND volunteer_id = $1`,
      [VOLUNTEER(8)],
    );
    expect(gifts).toEqual({ n: 75, total: 1500 });
  });

  test('the ledger is append-only', async () => {
    await expect(sql(city, 'pidu', 'UPDATE time_bank_entry SET amount = 1')).rejects.toThrow(/append-only/);
    await expect(sql(city, 'pidu', 'DELETE FROM time_bank_entry')).rejects.toThrow(/append-only/);
  });
});

describe('services offered in Pidu', () => {
  const BOOK = graphql(`
    mutation PiduTimeBankBook($id: ID!) {
      piduBookService(offerId: $id) {
        id
        status
        credits
        offer {
          title
        }
        buyer {
          id
        }
        provider {
          id
        }
      }
    }
  `);
  const COMPLETE = graphql(`
    mutation PiduTimeBankComplete($id: ID!) {
      piduCompleteBooking(bookingId: $id) {
        status
        settledAt
      }
    }
  `);
  const CANCEL = graphql(`
    mutation PiduTimeBankCancel($id: ID!) {
      piduCancelBooking(bookingId: $id) {
        status
      }
    }
  `);

  test('anyone can page through the active offers, with their providers from the volunteers subgraph', async () => {
    const first = expectNoErrors(
      await city.query(
        graphql(`
          query PiduTimeBankPidu2 {
            pidu {
              offers(first: 3) {
                edges {
                  node {
                    title
                    credits
                    place
                    provider {
                      displayName
                    }
                  }
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
          }
        `),
      ),
    );
    expect(first.pidu.offers.edges).toHaveLength(3);
    expect(first.pidu.offers.edges[0].node.provider.displayName).toBeTruthy();
    const rest = expectNoErrors(
      await city.query(
        graphql(`
          query PiduTimeBankPidu3($after: String) {
            pidu {
              offers(first: 3, after: $after) {
                edges {
                  node {
                    title
                  }
                }
                pageInfo {
                  hasNextPage
                }
              }
            }
          }
        `),
        { after: first.pidu.offers.pageInfo.endCursor },
      ),
    );
    const titles = [...first.pidu.offers.edges, ...rest.pidu.offers.edges].map((e) => e.node.title);
    expect(new Set(titles).size).toBe(5);
    expect(titles).toEqual(expect.arrayContaining(['陪老人就医', '辅导作业']));
    expect(rest.pidu.offers.pageInfo.hasNextPage).toBe(false);
    expectError(
      await city.query(
        graphql(`
          query PiduTimeBankPidu4 {
            pidu {
              offers(first: 101) {
                edges {
                  cursor
                }
              }
            }
          }
        `),
      ),
      'BAD_USER_INPUT',
    );
  });

  test('posting an offer is validated; the provider or Pidu admin withdraws it, nobody else', async () => {
    const post = graphql(`
      mutation PiduTimeBankPost($input: PiduOfferInput!) {
        piduPostOffer(input: $input) {
          id
          title
          status
          provider {
            id
          }
        }
      }
    `);
    const input = {
      title: '陪伴散步',
      description: '傍晚陪独居老人在社区散步聊天。',
      place: '郫都区团结街道',
      credits: 1,
    };
    const token = await volunteerToken(city, 13);
    expectError(await city.query(post, { input: { ...input, title: '陪' } }, token), 'BAD_USER_INPUT');
    expectError(await city.query(post, { input: { ...input, credits: 0.2 } }, token), 'BAD_USER_INPUT');
    expectError(await city.query(post, { input: { ...input, credits: 101 } }, token), 'BAD_USER_INPUT');
    expectError(await city.query(post, { input }), 'UNAUTHENTICATED');
    expectError(
      await city.query(post, { input }, await city.token({ role: 'volunteer', sub: 'not-registered' })),
      'NOT_REGISTERED',
    );
    const offer = expectNoErrors(await city.query(post, { input }, token)).piduPostOffer;
    expect(offer).toMatchObject({ title: '陪伴散步', status: 'ACTIVE', provider: { id: VOLUNTEER(13) } });
    const withdraw = graphql(`
      mutation PiduTimeBankWithdraw($id: ID!) {
        piduWithdrawOffer(offerId: $id) {
          status
        }
      }
    `);
    expectError(await city.query(withdraw, { id: offer.id }, await volunteerToken(city, 8)), 'FORBIDDEN');
    expectError(await city.query(withdraw, { id: offer.id }, await districtAdminToken(city, 'xinjin')), 'FORBIDDEN');
    expect(
      expectNoErrors(await city.query(withdraw, { id: offer.id }, await districtAdminToken(city, 'pidu')))
        .piduWithdrawOffer.status,
    ).toBe('WITHDRAWN');
    expectError(await city.query(BOOK, { id: offer.id }, await volunteerToken(city, 1)), 'OFFER_WITHDRAWN');
  });

  test('below one star a volunteer cannot book, and nobody books their own offer', async () => {
    expectError(await city.query(BOOK, { id: OFFER_HOMEWORK }, await volunteerToken(city, 8)), 'STAR_LEVEL_TOO_LOW');
    expectError(await city.query(BOOK, { id: OFFER_HOMEWORK }, await volunteerToken(city, 13)), 'BAD_USER_INPUT');
  });

  test('100 concurrent bookings, 126 credits: exactly 63 held in escrow; cancel and complete settle them', async () => {
    const token = await volunteerToken(city, 1);
    const results = await Promise.all(
      Array.from({ length: 100 }, () => city.query(BOOK, { id: OFFER_HOMEWORK }, token)),
    );
    expect(outcomes(results)).toEqual({ OK: 63, INSUFFICIENT_CREDITS: 37 });
    expect(await account(1)).toMatchObject({ balance: 0, held: 126 });
    await expectLedgerConsistent();

    const [one, two] = results.filter((r) => !r.errors).map((r) => r.data!.piduBookService);
    expect(one).toMatchObject({
      status: 'HELD',
      credits: 2,
      offer: { title: '辅导作业' },
      buyer: { id: VOLUNTEER(1) },
      provider: { id: VOLUNTEER(13) },
    });
    expectError(await city.query(COMPLETE, { id: one.id }, await volunteerToken(city, 13)), 'FORBIDDEN');
    expectError(await city.query(COMPLETE, { id: one.id }, await volunteerToken(city, 2)), 'NOT_FOUND');
    expect(expectNoErrors(await city.query(COMPLETE, { id: one.id }, token)).piduCompleteBooking.status).toBe(
      'COMPLETED',
    );
    expectError(await city.query(COMPLETE, { id: one.id }, token), 'CONFLICT');
    expectError(await city.query(CANCEL, { id: one.id }, token), 'CONFLICT');
    // The provider may call a booking off too; the buyer gets the credits back.
    expect(
      expectNoErrors(await city.query(CANCEL, { id: two.id }, await volunteerToken(city, 13))).piduCancelBooking.status,
    ).toBe('CANCELLED');
    expect(await account(1)).toMatchObject({ balance: 2, held: 122 });
    expect((await account(13)).balance).toBe(2);
    await expectLedgerConsistent();

    const mine = expectNoErrors(
      await city.query(
        graphql(`
          query PiduTimeBankPidu5 {
            pidu {
              myBookings(role: BUYER, first: 100) {
                edges {
                  node {
                    status
                  }
                }
                pageInfo {
                  hasNextPage
                }
              }
            }
          }
        `),
        {},
        token,
      ),
    );
    expect(mine.pidu.myBookings.edges).toHaveLength(63);
    const theirs = expectNoErrors(
      await city.query(
        graphql(`
          query PiduTimeBankPidu6 {
            pidu {
              myBookings(role: PROVIDER, first: 50) {
                edges {
                  node {
                    status
                  }
                }
                pageInfo {
                  hasNextPage
                }
              }
            }
          }
        `),
        {},
        await volunteerToken(city, 13),
      ),
    );
    expect(theirs.pidu.myBookings.pageInfo.hasNextPage).toBe(true);
  });

  test('a provider whose account is full is paid what fits; the rest goes back to the buyer', async () => {
    // 08 holds 1,500 credits after the gifts above; 01 has 2 available, so cancels one more booking first.
    const token = await volunteerToken(city, 1);
    const held = expectNoErrors(
      await city.query(
        graphql(`
          query PiduTimeBankPidu7 {
            pidu {
              myBookings(role: BUYER, first: 100) {
                edges {
                  node {
                    id
                    status
                  }
                }
              }
            }
          }
        `),
        {},
        token,
      ),
    )
      .pidu.myBookings.edges.map((e) => e.node)
      .filter((b) => b.status === 'HELD');
    expectNoErrors(await city.query(CANCEL, { id: held[0].id }, token));
    const booking = expectNoErrors(await city.query(BOOK, { id: OFFER_ESCORT }, token)).piduBookService;
    expectNoErrors(await city.query(COMPLETE, { id: booking.id }, token));
    expect((await account(8)).balance).toBe(1500);
    expect(await account(1)).toMatchObject({ balance: 4, held: 120 });
    await expectLedgerConsistent();
  });
});

test('accounts under many volunteers load in a constant number of statements', async () => {
  const admin = await city.token({ role: 'city_admin', sub: 'c-admin' });
  const q = graphql(`
    query PiduTimeBankManyAccounts {
      volunteers(first: 16) {
        edges {
          node {
            displayName
            starLevel
            pidu {
              balance
              canSpend
              uncreditedHours
              family {
                relation
                relative {
                  displayName
                }
              }
              entries(first: 3) {
                edges {
                  node {
                    kind
                    amount
                    counterpart {
                      displayName
                    }
                    booking {
                      status
                      offer {
                        title
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  `);
  let res: GqlResult<ResultOf<typeof q>> | undefined;
  const counts = await countStatements(city, async () => {
    res = await city.query(q, {}, admin);
  });
  expect(expectNoErrors(res!).volunteers.edges).toHaveLength(16);
  // account, replica, uncredited hours, family, entries, bookings, offers: one statement each at most; plus the
  // access log's one INSERT for the request, whatever the number of volunteers read (issue 11.3).
  console.log('pidu SQL statements for 16 volunteers with nested district fields:', counts.pidu);
  expect(counts.pidu).toBeLessThanOrEqual(8);
});

test('demo data seeds idempotently: a restart changes nothing and keeps what users did', async () => {
  const count = async () =>
    (
      await sql(
        city,
        'pidu',
        `SELECT (SELECT count(*) FROM service_offer)::int AS offers, (SELECT count(*) FROM family_link)::int AS links,
    (SELECT count(*) FROM volunteer_replica)::int AS volunteers,
    (SELECT sum(balance)::float8 FROM time_bank_account) AS credits`,
      )
    )[0];
  const before = await count();
  await pidu.seed!(city.subgraphs.get('pidu')!.db);
  expect(await count()).toEqual(before);
});

describe('a retried money move moves credits once (idempotency keys)', () => {
  const GIVE = graphql(`
    mutation PiduTimeBankGive($to: ID!, $a: Float!, $k: String) {
      piduGiveCredits(toVolunteerId: $to, amount: $a, idempotencyKey: $k) {
        balance
      }
    }
  `);
  const BOOK = graphql(`
    mutation PiduTimeBankBookOnce($id: ID!, $k: String) {
      piduBookService(offerId: $id, idempotencyKey: $k) {
        id
        status
        credits
      }
    }
  `);

  test('20 concurrent retries of a gift give once, answered alike; its key for another amount: CONFLICT', async () => {
    // 王浩然 (02, 652 h) adopts 胡晓雯 (13) as family for this test.
    const token = await volunteerToken(city, 2);
    const link = expectNoErrors(
      await city.query(
        graphql(`
          mutation PiduTimeBankPiduDeclareFamily3($id: ID!) {
            piduDeclareFamily(relativeVolunteerId: $id, relation: GRANDCHILD) {
              id
            }
          }
        `),
        { id: VOLUNTEER(13) },
        token,
      ),
    );
    expectNoErrors(
      await city.query(
        graphql(`
          mutation PiduTimeBankPiduAcceptFamily($id: ID!) {
            piduAcceptFamily(linkId: $id) {
              status
            }
          }
        `),
        { id: link.piduDeclareFamily.id },
        await volunteerToken(city, 13),
      ),
    );
    const before = { giver: (await account(2)).balance, relative: (await account(13)).balance };

    const key = crypto.randomUUID();
    const retries = await Promise.all(
      Array.from({ length: 20 }, () => city.query(GIVE, { to: VOLUNTEER(13), a: 5, k: key }, token)),
    );
    expect(outcomes(retries)).toEqual({ OK: 20 });
    expect(new Set(retries.map((r) => r.data!.piduGiveCredits.balance))).toEqual(new Set([before.giver - 5]));
    expect((await account(2)).balance).toBe(before.giver - 5);
    expect((await account(13)).balance).toBe(before.relative + 5);

    const reused = expectError(await city.query(GIVE, { to: VOLUNTEER(13), a: 6, k: key }, token), 'CONFLICT');
    expect(reused.message).toMatch(/new key/);
    expectError(await city.query(GIVE, { to: VOLUNTEER(13), a: 5, k: 'short' }, token), 'BAD_USER_INPUT');
    // A new key is a new gift.
    expectNoErrors(await city.query(GIVE, { to: VOLUNTEER(13), a: 5, k: crypto.randomUUID() }, token));
    expect((await account(2)).balance).toBe(before.giver - 10);
    await expectLedgerConsistent();
  });

  test('20 concurrent retries of one booking hold the price once and answer with the same booking', async () => {
    const token = await volunteerToken(city, 2);
    const before = await account(2);
    const key = crypto.randomUUID();
    const retries = await Promise.all(
      Array.from({ length: 20 }, () => city.query(BOOK, { id: OFFER_ESCORT, k: key }, token)),
    );
    expect(outcomes(retries)).toEqual({ OK: 20 });
    const ids = new Set(retries.map((r) => r.data!.piduBookService.id));
    expect(ids.size).toBe(1);
    expect(await account(2)).toMatchObject({ balance: before.balance - 3, held: before.held + 3 });
    const [bookings] = await sql<{ n: number }>(
      city,
      'pidu',
      'SELECT count(*)::int AS n FROM booking WHERE buyer_id = $1',
      [VOLUNTEER(2)],
    );
    expect(bookings.n).toBe(1);
    // Even once the booking is settled, a late retry returns it rather than booking again; another offer is a CONFLICT.
    expectNoErrors(
      await city.query(
        graphql(`
          mutation PiduTimeBankPiduCancelBooking($id: ID!) {
            piduCancelBooking(bookingId: $id) {
              status
            }
          }
        `),
        { id: [...ids][0] },
        token,
      ),
    );
    expect(expectNoErrors(await city.query(BOOK, { id: OFFER_ESCORT, k: key }, token)).piduBookService).toMatchObject({
      id: [...ids][0],
      status: 'CANCELLED',
    });
    expectError(await city.query(BOOK, { id: OFFER_HOMEWORK, k: key }, token), 'CONFLICT');
    expect(await account(2)).toMatchObject({ balance: before.balance, held: before.held });
    await expectLedgerConsistent();
  });
});
