import { expectNoErrors, type City } from '../testkit/city';
import { birthDateForAge, dayFromNow } from '../testkit/days';
import { ORG } from '../testkit/fixtures';
import { orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import { projectInput } from '../projects/helpers';
import { idNumberFor } from '../volunteers/roles';

/** A volunteer a rights test registers through the gateway, with what it registered. */
export interface Person {
  account: string;
  token: string;
  id: string;
  realName: string;
  idNumber: string;
  phone: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  district: string;
}

const REGISTER = graphql(`
  mutation RightsRegister($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      id
    }
  }
`);

const GRANT = graphql(`
  mutation RightsGrantConsent($input: GrantConsentInput!) {
    grantConsent(input: $input) {
      status
    }
  }
`);

/**
 * Registers an adult through the gateway, consenting to the example partner app for everything. `seq` makes the ID
 * number (and phone) unique within a test file; the region code is Chengdu's.
 */
export async function register(
  city: City,
  p: { account: string; seq: number; district: string; realName: string; sex?: 'MALE' | 'FEMALE'; age?: number },
): Promise<Person> {
  const sex = p.sex ?? 'FEMALE';
  const birthDate = birthDateForAge(p.age ?? 28);
  const idNumber = idNumberFor(birthDate, sex, p.seq, '510124');
  const phone = `139${String(10_000_000 + p.seq).slice(-8)}`;
  const token = await city.token({ role: 'volunteer', sub: p.account });
  const { registerVolunteer } = expectNoErrors(
    await city.query(
      REGISTER,
      {
        input: {
          realName: p.realName,
          sex,
          birthDate,
          idNumber,
          districtCode: p.district,
          phone,
          skills: ['急救'],
          serviceCategories: ['community'],
          consent: { personalData: true },
        },
      },
      token,
    ),
  );
  // The example partner app (partnerToken's) may act for them: rights tests read and act through it too.
  expectNoErrors(
    await city.query(
      GRANT,
      {
        input: {
          recipient: 'APP',
          appId: 'tianfu-citizen-cloud',
          purposes: ['SHOW_MY_RECORDS', 'SIGN_UP_FOR_ME', 'REMIND_ME'],
          kinds: ['PROFILE', 'CONTACT', 'SERVICE_RECORDS', 'ACTIVITY'],
        },
      },
      token,
    ),
  );
  await city.settleEvents();
  return { ...p, token, id: registerVolunteer.id, idNumber, phone, birthDate, sex, realName: p.realName };
}

/** Publishes a project of demo organization 01 with one shift `day` days ahead; returns its shift id. */
export async function publishShift(city: City, title: string, day: number, capacity = 1, waitlistCapacity = 1) {
  const token = await orgAdminToken(city, ORG(1));
  const created = expectNoErrors(
    await city.query(
      graphql(`
        mutation RightsCreateProject($input: ProjectInput!) {
          createProject(input: $input) {
            id
          }
        }
      `),
      {
        input: projectInput({
          title,
          startsOn: dayFromNow(day),
          endsOn: dayFromNow(day),
          shifts: [{ date: dayFromNow(day), startTime: '09:00', endTime: '11:00', capacity, waitlistCapacity }],
        }),
      },
      token,
    ),
  ).createProject;
  const published = expectNoErrors(
    await city.query(
      graphql(`
        mutation RightsPublishProject($id: ID!) {
          publishProject(id: $id) {
            id
            shifts {
              id
            }
          }
        }
      `),
      { id: created.id },
      token,
    ),
  ).publishProject;
  return { projectId: published.id, shiftId: published.shifts[0]!.id };
}

export const SIGN_UP = graphql(`
  mutation RightsSignUp($shift: ID!) {
    signUp(shiftId: $shift) {
      id
      status
    }
  }
`);

export const SHIFT_COUNTS = graphql(`
  query RightsShiftCounts($id: ID!) {
    project(id: $id) {
      shifts {
        signedUpCount
        waitlistCount
        freePlaces
      }
    }
  }
`);
