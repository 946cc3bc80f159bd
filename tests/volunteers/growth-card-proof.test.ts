import { demoDay, demoInstant } from '../../subgraphs/kit/city/demo-days';
import projectsDemo from '../../subgraphs/projects/data/demo.json';
import volunteersDemo from '../../subgraphs/volunteers/data/demo.json';
import { expectError, expectNoErrors } from '../testkit/city';
import { PublicHolderNames1764610000000 } from '../../subgraphs/volunteers/migrations/1764610000000-public-holder-names';
import { demoRegistration } from '../testkit/days';
import { DEMO, cityWithRoles } from './roles';
import { graphql } from '../testkit/generated';

const env = cityWithRoles();

const ids = Array.from({ length: 6 }, (_, i) => `20000000-0000-4000-8000-00000000000${i + 1}`);

test('star levels, points and badges follow the hours the projects subgraph confirmed', async () => {
  const fields = 'confirmedHours starLevel hoursToNextStar points badges { code }';
  // One alias per volunteer, built from the ids: codegen cannot read the document, so the test states its shape.
  type Growth = {
    confirmedHours: number;
    starLevel: number;
    hoursToNextStar: number | null;
    points: number;
    badges: { code: string }[];
  };
  const res = await env.city.query<Record<`v${1 | 2 | 3 | 4 | 5 | 6}`, Growth>>(
    `{ ${ids.map((id, i) => `v${i + 1}: volunteer(id: "${id}") { ${fields} }`).join(' ')} }`,
  );
  const data = expectNoErrors(res);
  const summary = Object.values(data).map((v) => [v.confirmedHours, v.starLevel, v.hoursToNextStar, v.points]);
  expect(summary).toEqual([
    [126, 1, 174, 1260],
    [652, 3, 348, 6520],
    [318, 2, 282, 3180],
    [1512, 5, null, 15120],
    [48, 0, 52, 480],
    [1003, 4, 497, 10030],
  ]);
  // Demo: 陈雨桐 (05) served 48 h in 6 projects of 6 organizations; the others served 16 projects of 13 organizations.
  expect(data.v5.badges.map((b) => b.code)).toEqual(['FIRST_SERVICE', 'ORGANIZATIONS_5']);
  expect(data.v1.badges.map((b) => b.code)).toEqual(['FIRST_SERVICE', 'HOURS_50', 'PROJECTS_10', 'ORGANIZATIONS_5']);
  expect(data.v6.badges.map((b) => b.code)).toEqual([
    'FIRST_SERVICE',
    'HOURS_50',
    'HOURS_500',
    'PROJECTS_10',
    'ORGANIZATIONS_5',
    'GOLD',
  ]);
  expect(data.v4.badges.map((b) => b.code)).not.toContain('DIAMOND');
});

test('a volunteer without confirmed service is at zero stars with no badges', async () => {
  const res = await env.city.query(
    graphql(`
      query GrowthCardProofVolunteer {
        volunteer(id: "20000000-0000-4000-8000-000000000016") {
          confirmedHours
          starLevel
          points
          badges {
            code
          }
        }
      }
    `),
  );
  expect(expectNoErrors(res).volunteer).toEqual({ confirmedHours: 0, starLevel: 0, points: 0, badges: [] });
});

const VERIFY_CARD = graphql(`
  query GrowthCardProofVerifyCard($code: String!) {
    verifyVolunteerCard(code: $code) {
      valid
      displayName
      starLevel
      confirmedHours
      issuedIn
    }
  }
`);

test("anyone verifies a volunteer card by its code and gets only the card's facts, not the volunteer", async () => {
  const own = expectNoErrors(
    await env.city.query(
      graphql(`
        query GrowthCardProofMeCard {
          me {
            card {
              verificationCode
              displayName
              starLevel
              confirmedHours
              memberSince
              badges {
                code
                name
              }
            }
          }
        }
      `),
      {},
      env.t.self01,
    ),
  ).me!.card!;
  expect(own).toMatchObject({
    displayName: '李*雨',
    starLevel: 1,
    confirmedHours: 126,
    memberSince: demoInstant(volunteersDemo.volunteers[0]!.createdAt).toISOString(),
  });
  expect(own.badges.map((b) => b.name)).toEqual(['初心启航', '五十小时', '十项历练', '五方同行']);

  const typed = ` ${own.verificationCode.toLowerCase()} `;
  const checked = await env.city.query(VERIFY_CARD, { code: typed });
  expect(expectNoErrors(checked).verifyVolunteerCard).toEqual({
    valid: true,
    displayName: '李*雨',
    starLevel: 1,
    confirmedHours: 126,
    issuedIn: demoRegistration(1).month,
  });
  // The volunteer behind the card is out of reach: no id, no profile, no other subgraph's fields.
  const deeper = await env.city.query(
    `query C($code: String!) { verifyVolunteerCard(code: $code) { id profile { realName } } }`,
    { code: typed },
  );
  expectError(deeper, 'GRAPHQL_VALIDATION_FAILED');

  const unknown = await env.city.query(VERIFY_CARD, { code: 'QJ00000000' });
  expect(expectNoErrors(unknown).verifyVolunteerCard).toEqual({
    valid: false,
    displayName: null,
    starLevel: null,
    confirmedHours: null,
    issuedIn: null,
  });
});

test("a minor's card vouches for the hours under the placeholder name, with no month", async () => {
  const code = expectNoErrors(
    await env.city.query(
      graphql(`
        query GrowthCardProofVolunteerCard($id: ID!) {
          volunteer(id: $id) {
            card {
              verificationCode
            }
          }
        }
      `),
      { id: DEMO.v16 },
    ),
  ).volunteer!.card!.verificationCode;
  const checked = await env.city.query(VERIFY_CARD, { code });
  expect(expectNoErrors(checked).verifyVolunteerCard).toEqual({
    valid: true,
    displayName: '青聚志愿者',
    starLevel: 0,
    confirmedHours: 0,
    issuedIn: null,
  });
});

/** The demo's first day of service for a volunteer, as the files write it. */
const firstServedOn = (id: string) =>
  projectsDemo.serviceRecords
    .filter((r) => r.volunteerId === id)
    .map((r) => r.servedOn)
    .sort()[0]!;

const MY_PROOF = graphql(`
  query GrowthCardProofMyProof {
    me {
      serviceProof {
        code
        holderName
        confirmedHours
        recordCount
        projectCount
        organizationCount
        servedFrom
        servedTo
        issuedAt
      }
    }
  }
`);

test('the volunteer obtains a proof of service that anyone can verify later by its code', async () => {
  const self02 = await env.city.token({ role: 'volunteer', sub: 'demo-volunteer-02' });
  const first = expectNoErrors(await env.city.query(MY_PROOF, {}, self02)).me!.serviceProof!;
  expect(first).toMatchObject({
    holderName: '王*然',
    confirmedHours: 652,
    recordCount: 82,
    servedFrom: demoDay(firstServedOn(DEMO.v02)),
  });
  expect(first.code).toMatch(/^SP[0-9A-Z]{10}$/);
  expect(first.projectCount).toBeGreaterThan(0);
  expect(first.organizationCount).toBeGreaterThan(0);

  // Asking again with unchanged figures hands out the same proof rather than a pile of codes.
  const again = expectNoErrors(await env.city.query(MY_PROOF, {}, self02)).me!.serviceProof!;
  expect(again).toEqual(first);

  const verified = await env.city.query(
    graphql(`
      query GrowthCardProofVerifyProof($code: String!) {
        verifyServiceProof(code: $code) {
          code
          holderName
          confirmedHours
          recordCount
          projectCount
          organizationCount
          servedFrom
          servedTo
          issuedAt
        }
      }
    `),
    { code: first.code },
  );
  expect(expectNoErrors(verified).verifyServiceProof).toEqual(first);
  expect(
    expectNoErrors(
      await env.city.query(
        graphql(`
          query GrowthCardProofVerifyServiceProof {
            verifyServiceProof(code: "SP0000000000") {
              code
            }
          }
        `),
      ),
    ).verifyServiceProof,
  ).toBeNull();
});

test('a proof keeps the figures it was issued with after the volunteer changes their display name', async () => {
  const self05 = await env.city.token({ role: 'volunteer', sub: 'demo-volunteer-05' });
  const before = expectNoErrors(await env.city.query(MY_PROOF, {}, self05)).me!.serviceProof!;
  expectNoErrors(
    await env.city.query(
      graphql(`
        mutation GrowthCardProofUpdateVolunteerProfile {
          updateVolunteerProfile(input: { displayName: "雨桐" }) {
            id
          }
        }
      `),
      {},
      self05,
    ),
  );
  const after = expectNoErrors(await env.city.query(MY_PROOF, {}, self05)).me!.serviceProof!;
  expect(after.code).not.toBe(before.code);
  expect(after.holderName).toBe('雨桐');
  const old = await env.city.query(
    graphql(`
      query GrowthCardProofP($code: String!) {
        verifyServiceProof(code: $code) {
          holderName
          confirmedHours
        }
      }
    `),
    { code: before.code },
  );
  expect(expectNoErrors(old).verifyServiceProof).toEqual({ holderName: '陈*桐', confirmedHours: 48 });
});

test('only the volunteer obtains their proof of service', async () => {
  const query = graphql(`
    query GrowthCardProofVolunteerProof($id: ID!) {
      volunteer(id: $id) {
        displayName
        serviceProof {
          code
        }
      }
    }
  `);
  expectError(await env.city.query(query, { id: DEMO.v01 }), 'UNAUTHENTICATED');
  for (const token of [env.t.other03, env.t.cityAdmin, env.t.jinjiangAdmin, env.t.partnerFor01]) {
    const res = await env.city.query(query, { id: DEMO.v01 }, token);
    expectError(res, 'FORBIDDEN');
    expect(res.data?.volunteer).toMatchObject({ displayName: '李*雨', serviceProof: null });
  }
});

test('a proof lists each project served with its recording organization, hours, dates; verifies by them', async () => {
  const self02 = await env.city.token({ role: 'volunteer', sub: 'demo-volunteer-02' });
  const proof = expectNoErrors(
    await env.city.query(
      graphql(`
        query GrowthCardProofMyProofLines {
          me {
            serviceProof {
              code
              confirmedHours
              lines {
                project {
                  title
                }
                organization {
                  name
                }
                hours
                recordCount
                servedFrom
                servedTo
              }
            }
          }
        }
      `),
      {},
      self02,
    ),
  ).me!.serviceProof!;
  expect(proof.lines.length).toBeGreaterThan(1);
  const total = proof.lines.reduce((sum, l) => sum + l.hours, 0);
  expect(total).toBeCloseTo(proof.confirmedHours, 2);
  for (const l of proof.lines) {
    expect(l.project.title.length).toBeGreaterThan(0);
    expect(l.organization.name.length).toBeGreaterThan(0);
    expect(l.servedFrom <= l.servedTo).toBe(true);
  }
  // Anyone verifying the code sees the same lines: the proof names what was served and who recorded it.
  const verified = await env.city.query(
    graphql(`
      query GrowthCardProofVerifyProofLines($code: String!) {
        verifyServiceProof(code: $code) {
          code
          confirmedHours
          lines {
            project {
              title
            }
            organization {
              name
            }
            hours
            recordCount
            servedFrom
            servedTo
          }
        }
      }
    `),
    { code: proof.code },
  );
  expect(expectNoErrors(verified).verifyServiceProof).toEqual(proof);
  // The per-project lines themselves are not public through the summary.
  const other = await env.city.token({ role: 'volunteer', sub: 'demo-volunteer-03' });
  const peek = await env.city.query(
    graphql(`
      query GrowthCardProofPeekLines($id: ID!) {
        volunteer(id: $id) {
          serviceSummary {
            lines {
              projectId
            }
          }
        }
      }
    `),
    { id: DEMO.v02 },
    other,
  );
  expect(expectNoErrors(peek).volunteer!.serviceSummary.lines).toEqual([]);
});

test('old proofs had the real name; after the migration anyone holding the code sees the public one', async () => {
  const db = env.city.subgraphs.get('volunteers')!.db;
  const issued = [
    ['SPOLDREAL0004', DEMO.v04, '刘一鸣'], // the real name, as the old default printed it
    ['SPOLDNICK0004', DEMO.v04, '一鸣哥'], // a nickname the volunteer chose
    ['SPOLDCHILD016', DEMO.v16, '林子墨'], // a 12-year-old
  ];
  for (const [code, volunteerId, holderName] of issued) {
    await db.query(
      `INSERT INTO service_proof (code, volunteer_id, holder_name, confirmed_hours, record_count, project_count,
       organization_count)
      VALUES ($1, $2, $3, 1, 1, 1, 1)`,
      [code, volunteerId, holderName],
    );
  }
  const runner = db.createQueryRunner();
  try {
    await new PublicHolderNames1764610000000().up(runner);
  } finally {
    await runner.release();
  }
  const holders = await Promise.all(
    issued.map(
      async ([code]) =>
        expectNoErrors(
          await env.city.query(
            graphql(`
              query GrowthCardProofP2($code: String!) {
                verifyServiceProof(code: $code) {
                  holderName
                }
              }
            `),
            { code },
          ),
        ).verifyServiceProof!.holderName,
    ),
  );
  expect(holders).toEqual(['刘*鸣', '一鸣哥', '青聚志愿者']);
});
