import { expectError, startCity, type City } from '../testkit/city';
import { ORG } from '../testkit/fixtures';
import { orgAdminToken } from '../testkit/tokens';

let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

/** Every mutation that takes an id refuses a malformed one with BAD_USER_INPUT naming it, before touching data. */
const MUTATIONS: [string, string, Record<string, unknown>][] = [
  ['updateProject', 'mutation($id: ID!) { updateProject(id: $id, changes: {}) { id } }', {}],
  [
    'addShift',
    `
      mutation ($id: ID!) {
        addShift(
          projectId: $id
          input: {date: "2027-01-01", startTime: "09:00", endTime: "10:00", capacity: 1}
        ) {
          id
        }
      }
    `,
    {},
  ],
  ['publishProject', 'mutation($id: ID!) { publishProject(id: $id) { id } }', {}],
  ['closeProject', 'mutation($id: ID!) { closeProject(id: $id) { id } }', {}],
  ['cancelProject', 'mutation($id: ID!) { cancelProject(id: $id, reason: "天气原因") { id } }', {}],
  ['checkInVolunteer', 'mutation($id: ID!) { checkInVolunteer(signupId: $id) { id } }', {}],
  ['checkOutVolunteer', 'mutation($id: ID!) { checkOutVolunteer(signupId: $id) { id } }', {}],
  ['confirmServiceRecords', 'mutation($id: ID!) { confirmServiceRecords(ids: [$id]) { id } }', {}],
  ['rejectServiceRecord', 'mutation($id: ID!) { rejectServiceRecord(id: $id, reason: "未到岗") { id } }', {}],
  ['resolveCorrection', 'mutation($id: ID!) { resolveCorrection(id: $id, accept: true) { id } }', {}],
  [
    'addProjectPhoto',
    `
      mutation ($id: ID!) {
        addProjectPhoto(
          projectId: $id
          input: {imageUrl: "https://img.example.cn/1.jpg"}
        ) {
          id
        }
      }
    `,
    {},
  ],
  ['setProjectPhotoHidden', 'mutation($id: ID!) { setProjectPhotoHidden(id: $id, hidden: true) { id } }', {}],
];

test.each(MUTATIONS)('%s refuses a malformed id', async (_name, mutation) => {
  const admin = await orgAdminToken(city, ORG(1));
  for (const id of ['', 'abc', "1' OR '1'='1", '30000000-0000-4000-8000-00000000000g']) {
    const err = expectError(await city.query(mutation, { id }, admin), 'BAD_USER_INPUT');
    expect(err.message).toMatch(/must be an id as returned by the API/);
  }
});

test.each([
  ['signUp', 'mutation($id: ID!) { signUp(shiftId: $id) { id } }'],
  ['cancelSignup', 'mutation($id: ID!) { cancelSignup(id: $id) { id } }'],
  ['checkIn', 'mutation($id: ID!) { checkIn(shiftId: $id, code: "123456") { id } }'],
  ['checkOut', 'mutation($id: ID!) { checkOut(shiftId: $id, code: "123456") { id } }'],
  [
    'requestCorrection',
    'mutation($id: ID!) { requestCorrection(recordId: $id, hours: 2, reason: "实际到岗更早") { id } }',
  ],
])('%s (a volunteer mutation) refuses a malformed id', async (_name, mutation) => {
  const volunteer = await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' });
  expectError(await city.query(mutation, { id: 'abc' }, volunteer), 'BAD_USER_INPUT');
});
