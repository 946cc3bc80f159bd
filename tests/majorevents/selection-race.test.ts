import { expectNoErrors, startCity, type City } from '../testkit/city';
import { orgAdminToken } from '../testkit/tokens';
import { APPLY, DEPLOY, FORM, HOST, ADD_SHIFT, SCREEN, at, freshVolunteers, newEvent, newRole } from './helpers';

let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const db = () => city.subgraphs.get('majorevents')!.db;

test('40 applicants selected at once for 10 places: exactly 10 are selected, the rest get ROLE_FULL', async () => {
  const event = await newEvent(city, '成都国际美食节');
  const role = await newRole(city, event.id, '美食街引导', 10);
  const people = await freshVolunteers(city, 40);
  const applied = await Promise.all(
    people.map(async (p) => expectNoErrors(await city.query(APPLY, { input: { roleId: role.id, ...FORM } }, p.token))),
  );
  const host = await orgAdminToken(city, HOST);
  const results = await Promise.all(
    applied.map((a) => city.query(SCREEN, { id: a.applyToMajorEventRole.id, decision: 'SELECTED' }, host)),
  );
  const codes = results.map((r) => (r.errors ? r.errors[0]!.extensions?.code : 'OK'));
  expect(codes.filter((c) => c === 'OK')).toHaveLength(10);
  expect(codes.filter((c) => c === 'ROLE_FULL')).toHaveLength(30);
  const [row] = await db().query(
    `SELECT r.selected_count,
            (SELECT count(*)::int FROM application WHERE role_id = r.id AND status = 'SELECTED') AS selected
       FROM event_role r WHERE r.id = $1`,
    [role.id],
  );
  expect(row).toEqual({ selected_count: 10, selected: 10 });

  // Freeing a place (a selected volunteer moved to reserve) lets exactly one of the others in, however many try.
  const winners = applied.filter((_, i) => codes[i] === 'OK').map((a) => a.applyToMajorEventRole.id);
  const losers = applied.filter((_, i) => codes[i] !== 'OK').map((a) => a.applyToMajorEventRole.id);
  expectNoErrors(await city.query(SCREEN, { id: winners[0]!, decision: 'RESERVE' }, host));
  const second = await Promise.all(losers.map((id) => city.query(SCREEN, { id, decision: 'SELECTED' }, host)));
  expect(second.filter((r) => !r.errors)).toHaveLength(1);

  // Deploying the ten selected into a shift of 4 places at once: exactly 4 deployed, the rest SHIFT_FULL.
  const shift = expectNoErrors(
    await city.query(
      ADD_SHIFT,
      { input: { eventId: event.id, roleId: role.id, startsAt: at(1, '09:00'), endsAt: at(1, '13:00'), places: 4 } },
      host,
    ),
  ).addMajorEventShift;
  const selected: { volunteer_id: string }[] = await db().query(
    "SELECT volunteer_id FROM application WHERE role_id = $1 AND status = 'SELECTED'",
    [role.id],
  );
  expect(selected).toHaveLength(10);
  const deployed = await Promise.all(
    selected.map((s) => city.query(DEPLOY, { shift: shift.id, volunteer: s.volunteer_id }, host)),
  );
  const deployCodes = deployed.map((r) => (r.errors ? r.errors[0]!.extensions?.code : 'OK'));
  expect(deployCodes.filter((c) => c === 'OK')).toHaveLength(4);
  expect(deployCodes.filter((c) => c === 'SHIFT_FULL')).toHaveLength(6);
  const [count] = await db().query(
    `SELECT deployed_count, (SELECT count(*)::int FROM deployment WHERE shift_id = $1) AS rows
       FROM event_shift WHERE id = $1`,
    [shift.id],
  );
  expect(count).toEqual({ deployed_count: 4, rows: 4 });
});
