import { expectNoErrors, type City } from '../testkit/city';
import { graphql } from '../testkit/generated';
import { dayFromNow, publishedProject } from '../projects/helpers';
import { ORG } from '../testkit/fixtures';

/** Steps the webhook suites share: register an app with a webhook, link a citizen, sign them up or cancel. */

const REGISTER = graphql(`
  mutation WebhookRegister($input: RegisterPartnerAppInput!) {
    registerPartnerApp(input: $input) {
      clientSecret
      webhookSecret
      app {
        clientId
        webhookUrl
        webhookEvents
      }
    }
  }
`);
const GRANT = graphql(`
  mutation WebhookGrantConsent($input: GrantConsentInput!) {
    grantConsent(input: $input) {
      id
      status
    }
  }
`);
const WITHDRAW = graphql(`
  mutation WebhookWithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) {
      status
    }
  }
`);
export const SIGN_UP = graphql(`
  mutation WebhookSignUp($shift: ID!) {
    signUp(shiftId: $shift) {
      id
      status
    }
  }
`);
export const CANCEL = graphql(`
  mutation WebhookCancel($id: ID!) {
    cancelSignup(id: $id) {
      status
    }
  }
`);
export const DELIVERIES = graphql(`
  query WebhookDeliveries($clientId: String!) {
    partnerAppWebhookDeliveries(clientId: $clientId) {
      eventId
      type
      status
      attempts
      lastStatusCode
      lastError
      deliveredAt
      nextAttemptAt
    }
  }
`);

let seq = 0;

export async function registerApp(
  city: City,
  admin: string,
  input: { webhookUrl: string; webhookEvents?: string[]; redirectUris?: string[] },
) {
  const res = expectNoErrors(
    await city.query(
      REGISTER,
      {
        input: {
          clientId: `hook-app-${++seq}-${Date.now().toString(36)}`,
          name: '天府市民云',
          redirectUris: input.redirectUris ?? ['http://localhost:7777/callback'],
          allowedScopes: ['projects:read', 'volunteer:read', 'project:signup'],
          corsOrigins: [],
          webhookUrl: input.webhookUrl,
          ...(input.webhookEvents ? { webhookEvents: input.webhookEvents as never } : {}),
        },
      },
      admin,
    ),
  ).registerPartnerApp;
  return { clientId: res.app.clientId, secret: res.clientSecret, webhookSecret: res.webhookSecret, app: res.app };
}

/** The citizen links the app as the consent page would: their consent to it, covering their activity and records. */
export async function link(city: City, citizen: string, appId: string) {
  const grant = await city.query(
    GRANT,
    {
      input: {
        recipient: 'APP',
        appId,
        purposes: ['SHOW_MY_RECORDS', 'SIGN_UP_FOR_ME'],
        kinds: ['PROFILE', 'SERVICE_RECORDS', 'ACTIVITY'],
      },
    },
    citizen,
  );
  return expectNoErrors(grant).grantConsent;
}

export async function unlink(city: City, citizen: string, appId: string) {
  return expectNoErrors(await city.query(WITHDRAW, { input: { recipient: 'APP', appId } }, citizen)).withdrawConsent;
}

/** A published project with one shift of `capacity` places on its own day (so one citizen's shifts never overlap). */
export async function openShift(city: City, capacity = 5, waitlistCapacity = 0) {
  const date = dayFromNow(10 + (++seq % 40));
  const project = await publishedProject(city, ORG(1), {
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '09:00', endTime: '12:00', capacity, waitlistCapacity }],
  });
  return { projectId: project.id as string, shiftId: project.shifts[0].id as string };
}
