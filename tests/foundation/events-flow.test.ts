import crypto from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { BrokerOptions } from '../../subgraphs/kit/runtime/broker';
import { expectNoErrors, startCity, type City } from '../testkit/city';
import { idNumberFor } from '../volunteers/roles';
import { graphql } from '../testkit/generated';

/**
 * Writes that cross subgraphs, end to end through the gateway and the real event relay: a citizen who registers
 * with the volunteers subgraph can sign up in the projects subgraph; hours the projects subgraph confirmed reach
 * the volunteers subgraph's star-level filter. Twice: over the HTTP relay (the one-machine default), and through NATS
 * JetStream (NATS_URL, the machine's server on 4222 by default; CI runs one, so a missing server fails here), on a
 * stream of this run's own.
 */
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const nats: BrokerOptions = { url: NATS_URL, prefix: `qjflow${crypto.randomBytes(4).toString('hex')}` };

describe.each([
  ['the HTTP relay', undefined],
  ['NATS JetStream', nats],
] as const)('events through %s', (_carrier, broker) => {
  let city: City;
  beforeAll(async () => {
    city = await startCity({ broker });
  });
  afterAll(async () => {
    await city?.stop();
    if (!broker) return;
    const nc = await connect({ servers: broker.url });
    await (await jetstreamManager(nc)).streams.delete(`${broker.prefix.toUpperCase()}_EVENTS`).catch(() => undefined);
    await nc.close();
  });

  test('a newly registered volunteer can sign up for a shift once the registration has travelled', async () => {
    const token = await city.token({ role: 'volunteer', sub: 'citizen-flow' });
    const shiftQuery = await city.query(
      graphql(`
        query EventsFlowProjects {
          projects(first: 20) {
            edges {
              node {
                title
                shifts {
                  id
                  startsAt
                  freePlaces
                }
              }
            }
          }
        }
      `),
    );
    const shift = expectNoErrors(shiftQuery)
      .projects.edges.flatMap((e) => e.node.shifts)
      .find((s) => s.freePlaces > 0)!;
    const signUp = () =>
      city.query(
        graphql(`
          mutation EventsFlowS($id: ID!) {
            signUp(shiftId: $id) {
              status
              shift {
                id
              }
            }
          }
        `),
        { id: shift.id },
        token,
      );

    const early = await signUp();
    expect(early.errors?.[0].extensions?.code).toBe('NOT_REGISTERED');

    expectNoErrors(
      await city.query(
        graphql(`
          mutation EventsFlowR($input: RegisterVolunteerInput!) {
            registerVolunteer(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            realName: '周子涵',
            sex: 'MALE',
            birthDate: '1999-03-02',
            idNumber: idNumberFor('1999-03-02', 'MALE', 77),
            districtCode: 'chenghua',
            phone: '13912345678',
            serviceCategories: ['community'],
            consent: { personalData: true },
          },
        },
        token,
      ),
    );
    await city.settleEvents();
    expect(expectNoErrors(await signUp()).signUp).toMatchObject({ status: 'CONFIRMED', shift: { id: shift.id } });
  });

  test('confirmed hours announced by projects drive the volunteers star-level filter', async () => {
    const admin = await city.token({ role: 'city_admin', sub: 'city-admin' });
    const atLevel = async (starLevel: number) => {
      const res = await city.query(
        graphql(`
          query L($f: VolunteerFilter) {
            volunteers(filter: $f, first: 50) {
              edges {
                node {
                  displayName
                  confirmedHours
                  starLevel
                }
              }
            }
          }
        `),
        { f: { starLevel } },
        admin,
      );
      return expectNoErrors(res).volunteers.edges.map((e) => e.node);
    };
    // Demo hours: 王浩然 652 h (3 stars), 赵欣怡 1,512 h... each found at the level its hours give.
    for (const level of [1, 2, 3, 4, 5]) {
      const found = await atLevel(level);
      expect(found.length).toBeGreaterThan(0);
      for (const v of found) expect(v.starLevel).toBe(level);
    }
  });
});
