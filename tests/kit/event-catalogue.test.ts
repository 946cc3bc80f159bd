import type { EntityManager } from 'typeorm';
import { emit, on, type EventPayload } from '../../subgraphs/kit/runtime/event-catalogue';
import { applyEvent, type DomainEvent } from '../../subgraphs/kit/runtime/events';

/**
 * The event catalogue as producers and consumers meet it: what a producer may write, what a consumer is handed.
 * A stand-in transaction records the statements it is sent, so "nothing was written" can be checked.
 */
function transaction() {
  const statements: { sql: string; params: unknown[] }[] = [];
  const manager = {
    query: async (sql: string, params: unknown[] = []) => {
      statements.push({ sql, params });
      return [];
    },
  } as unknown as EntityManager;
  return { manager, statements };
}

const VOLUNTEER = '20000000-0000-4000-8000-000000000001';
const event = (type: string, payload: unknown): DomainEvent<unknown> => ({
  id: '30000000-0000-4000-8000-000000000001',
  type,
  source: 'test',
  occurredAt: new Date().toISOString(),
  payload,
});

describe('emit', () => {
  test('writes the payload as the catalogue keeps it: unknown fields dropped, defaults filled in', async () => {
    const { manager, statements } = transaction();
    await emit(manager, 'volunteer.profile', {
      volunteerId: VOLUNTEER,
      accountId: 'demo-volunteer-01',
      status: 'ACTIVE',
      // Not in the catalogue (and personal): a producer cannot leak it by accident.
      ...({ idNumber: '510104199501010011' } as object),
    });
    const insert = statements.find((s) => s.sql.startsWith('INSERT INTO outbox'))!;
    expect(insert.params[1]).toBe('volunteer.profile');
    expect(JSON.parse(insert.params[2] as string)).toEqual({
      volunteerId: VOLUNTEER,
      accountId: 'demo-volunteer-01',
      districtCode: null,
      birthDate: null,
      skills: [],
      status: 'ACTIVE',
      // Not sent: no consent to sharing with partner apps.
      shareWithPartners: false,
    });
  });

  test('refuses a payload that does not match, before writing anything, naming where but not the value', async () => {
    const { manager, statements } = transaction();
    const bad = emit(manager, 'service.confirmed', {
      recordId: VOLUNTEER,
      volunteerId: VOLUNTEER,
      projectId: VOLUNTEER,
      organizationId: VOLUNTEER,
      districtCode: 'atlantis',
      servedOn: '2026-02-30',
      hours: -3,
    });
    await expect(bad).rejects.toThrow(/service\.confirmed.*districtCode.*servedOn.*hours/);
    await expect(bad).rejects.not.toThrow(/atlantis|2026-02-30/);
    expect(statements).toEqual([]);
  });

  test('refuses a type that is not in the catalogue, at compile time and at run time', async () => {
    const { manager, statements } = transaction();
    // @ts-expect-error: only catalogued types can be emitted
    await expect(emit(manager, 'volunteer.registered', {})).rejects.toThrow(/not in the catalogue/);
    // @ts-expect-error: nor handled
    expect(() => on('volunteer.registered', async () => undefined)).toThrow(/not in the catalogue/);
    // An own property only: Object's `constructor` is no event type.
    // @ts-expect-error: not a catalogued type
    await expect(emit(manager, 'constructor', {})).rejects.toThrow(/not in the catalogue/);
    expect(statements).toEqual([]);
  });

  test('a payload of the wrong type for a field does not compile', () => {
    const { manager } = transaction();
    const attempt = () =>
      // @ts-expect-error: confirmedHours is a number
      emit(manager, 'volunteer.hours', { volunteerId: VOLUNTEER, confirmedHours: '12', version: 1 });
    expect(attempt).toBeInstanceOf(Function);
  });
});

describe('consumers', () => {
  test('a handler gets the payload parsed and typed, with defaults filled in', async () => {
    const { manager } = transaction();
    const seen: EventPayload<'need.converted'>[] = [];
    const consumer = on('need.converted', async (payload, ctx) => {
      expect(ctx.manager).toBe(manager);
      expect(ctx.event.source).toBe('test');
      seen.push(payload);
    });
    const applied = await applyEvent(
      [consumer],
      event('need.converted', {
        needId: VOLUNTEER,
        organizationId: VOLUNTEER,
        districtCode: 'qingyang',
        title: '图书馆周末秩序维护',
        startsOn: '2026-06-01',
        extra: 'dropped',
      }),
      manager,
    );
    expect(applied).toEqual({ ok: true });
    expect(seen).toEqual([
      {
        needId: VOLUNTEER,
        organizationId: VOLUNTEER,
        districtCode: 'qingyang',
        title: '图书馆周末秩序维护',
        description: null,
        categoryCode: null,
        startsOn: '2026-06-01',
        endsOn: null,
        volunteersNeeded: null,
        address: null,
      },
    ]);
  });

  test('a payload that does not match runs no handler; the issues name paths and codes, never values', async () => {
    const { manager } = transaction();
    const handled: unknown[] = [];
    const consumers = [
      on('volunteer.profile', async (p) => void handled.push(p)),
      on('volunteer.profile', async (p) => void handled.push(p)),
    ];
    const applied = await applyEvent(
      consumers,
      event('volunteer.profile', { volunteerId: 'not-a-uuid', accountId: '13800138000', status: 'ACTIVE' }),
      manager,
    );
    expect(applied).toEqual({ ok: false, issues: [{ path: 'volunteerId', code: 'custom' }] });
    expect(JSON.stringify(applied)).not.toMatch(/not-a-uuid|13800138000/);
    expect(handled).toEqual([]);
  });

  test('partner-sharing consent reaches consumers; a producer that omits it gives none', async () => {
    const { manager } = transaction();
    const seen: EventPayload<'volunteer.profile'>[] = [];
    const consumer = on('volunteer.profile', async (p) => void seen.push(p));
    const profile = { volunteerId: VOLUNTEER, accountId: 'demo-volunteer-01', status: 'ACTIVE' };
    await applyEvent([consumer], event('volunteer.profile', { ...profile, shareWithPartners: true }), manager);
    await applyEvent([consumer], event('volunteer.profile', profile), manager);
    const refused = await applyEvent(
      [consumer],
      event('volunteer.profile', { ...profile, shareWithPartners: 'yes' }),
      manager,
    );
    expect(refused).toEqual({ ok: false, issues: [{ path: 'shareWithPartners', code: 'invalid_type' }] });
    expect(seen.map((p) => p.shareWithPartners)).toEqual([true, false]);
  });

  test('a versioned payload: a total from before versions reads as version 0; a bad version is refused', async () => {
    const { manager } = transaction();
    const totals: EventPayload<'volunteer.hours'>[] = [];
    const consumer = on('volunteer.hours', async (p) => void totals.push(p));
    expect(
      await applyEvent([consumer], event('volunteer.hours', { volunteerId: VOLUNTEER, confirmedHours: 12.5 }), manager),
    ).toEqual({ ok: true });
    expect(
      await applyEvent(
        [consumer],
        event('volunteer.hours', { volunteerId: VOLUNTEER, confirmedHours: 14, version: 3 }),
        manager,
      ),
    ).toEqual({ ok: true });
    const refused = await applyEvent(
      [consumer],
      event('volunteer.hours', { volunteerId: VOLUNTEER, confirmedHours: 14, version: -1 }),
      manager,
    );
    expect(refused.ok).toBe(false);
    expect(totals).toEqual([
      { volunteerId: VOLUNTEER, confirmedHours: 12.5, version: 0 },
      { volunteerId: VOLUNTEER, confirmedHours: 14, version: 3 },
    ]);
  });

  test('consumers of other types are not run', async () => {
    const { manager } = transaction();
    let ran = false;
    const consumer = on('district.admins', async () => void (ran = true));
    await applyEvent(
      [consumer],
      event('organization.admins', { organizationId: VOLUNTEER, accountIds: [], version: 1 }),
      manager,
    );
    expect(ran).toBe(false);
  });
});
