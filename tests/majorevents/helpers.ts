import crypto from 'node:crypto';
import type { City } from '../testkit/city';
import { expectNoErrors } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { deliver } from '../testkit/events';
import { ORG } from '../testkit/fixtures';
import { graphql } from '../testkit/generated';
import type { CreateMajorEventInput } from '../testkit/generated/graphql';
import { cityAdminToken, orgAdminToken } from '../testkit/tokens';

export const HOST = ORG(15);

export const CREATE_EVENT = graphql(`
  mutation MajorEventsCreate($input: CreateMajorEventInput!) {
    createMajorEvent(input: $input) {
      id
      name
      startsOn
      district {
        code
      }
      hostOrganization {
        id
      }
    }
  }
`);

export const ADD_ROLE = graphql(`
  mutation MajorEventsAddRole($input: AddMajorEventRoleInput!) {
    addMajorEventRole(input: $input) {
      id
      name
      places
      selectedCount
      requiredCourse
    }
  }
`);

export const APPLY = graphql(`
  mutation MajorEventsApply($input: ApplyToMajorEventRoleInput!) {
    applyToMajorEventRole(input: $input) {
      id
      status
      skills
      languages
      availability
      volunteer {
        id
      }
    }
  }
`);

export const SCREEN = graphql(`
  mutation MajorEventsScreen($id: ID!, $decision: MajorEventDecision!, $reason: String) {
    screenMajorEventApplication(applicationId: $id, decision: $decision, reason: $reason) {
      id
      status
      reason
      decidedAt
      role {
        selectedCount
      }
    }
  }
`);

export const DEPLOY = graphql(`
  mutation MajorEventsDeploy($shift: ID!, $volunteer: ID!) {
    deployToMajorEventShift(shiftId: $shift, volunteerId: $volunteer) {
      id
      hours
      shift {
        deployedCount
      }
    }
  }
`);

export const ADD_SHIFT = graphql(`
  mutation MajorEventsAddShift($input: AddMajorEventShiftInput!) {
    addMajorEventShift(input: $input) {
      id
      places
      deployedCount
    }
  }
`);

export const FORM = {
  skills: ['礼仪', '急救'],
  languages: ['普通话', 'English'],
  availability: '活动期间每天 8:00-18:00',
};

/** An instant on day `days` from today at `time` in Chengdu, as the API takes them. */
export const at = (days: number, time: string) => `${dayFromNow(days)}T${time}:00+08:00`;

/** A fresh event hosted by 成都市青年志愿者协会 (ORG 15), from `from` to `to` days from today. */
export async function newEvent(city: City, name: string, from = -2, to = 5, over: Partial<CreateMajorEventInput> = {}) {
  const input: CreateMajorEventInput = {
    name,
    kind: 'CONFERENCE',
    startsOn: dayFromNow(from),
    endsOn: dayFromNow(to),
    venue: '中国西部国际博览城',
    districtCode: 'tianfu',
    hostOrganizationId: HOST,
    ...over,
  };
  return expectNoErrors(await city.query(CREATE_EVENT, { input }, await cityAdminToken(city))).createMajorEvent;
}

export async function newRole(city: City, eventId: string, name: string, places: number, requiredCourse?: string) {
  const input = { eventId, name, kind: 'ETIQUETTE' as const, places, requiredCourse };
  return expectNoErrors(await city.query(ADD_ROLE, { input }, await orgAdminToken(city, HOST))).addMajorEventRole;
}

/** `n` volunteers the majorevents subgraph knows (as `volunteer.profile` tells it), each with a token. */
export async function freshVolunteers(city: City, n: number) {
  return Promise.all(
    Array.from({ length: n }, async () => {
      const id = crypto.randomUUID();
      const account = `me-${id.slice(0, 8)}`;
      await deliver(city, 'majorevents', 'volunteer.profile', {
        volunteerId: id,
        accountId: account,
        districtCode: 'wuhou',
        status: 'ACTIVE',
      });
      return { id, token: await city.token({ role: 'volunteer', sub: account }) };
    }),
  );
}

/** Events the majorevents subgraph recorded in its outbox, oldest first. */
export async function outbox(city: City, type: string): Promise<Record<string, unknown>[]> {
  const rows = await city.subgraphs
    .get('majorevents')!
    .db.query('SELECT payload FROM outbox WHERE type = $1 ORDER BY seq', [type]);
  return rows.map((r: { payload: Record<string, unknown> }) => r.payload);
}
