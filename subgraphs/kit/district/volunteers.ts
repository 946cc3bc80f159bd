import type { EntityManager } from 'typeorm';
import type { ConsentInForce } from '../city/consent';
import { accountOf, type Caller } from '../runtime/caller';
import type { AccessRecorder } from '../runtime/access-log';
import type { DistrictAdminCheck } from '../runtime/district-admins';
import { appError, forbidden, unauthenticated } from '../runtime/errors';
import { on } from '../runtime/event-catalogue';
import type { Consumer } from '../runtime/events';
import { rowLoader } from '../runtime/loaders';
import type { Db } from '../runtime/sql';
import { callerRole, sees } from '../city/visibility';
import demoAccounts from '../city/data/demo-volunteer-accounts.json';
import {
  eraseReplica,
  replicaOfAccount,
  replicasByIds,
  seedReplicaProfiles,
  upsertReplicaConsents,
  upsertReplicaHours,
  upsertReplicaProfile,
  VOLUNTEER_REPLICA_SQL,
  type ReplicaProfile,
  type ReplicaVolunteer,
} from './volunteer-replica.repository';

/**
 * What a subgraph other than volunteers knows about the city's volunteers, kept from the events the core subgraphs
 * announce: which account is which volunteer and where they live (`volunteer.profile`), their birth date and skills
 * where sign-up eligibility needs them, and their city-wide confirmed hours (`volunteer.hours`) where those count.
 * Each subgraph keeps its own copy in its own schema (table and SQL: volunteer-replica.repository.ts); it never reads
 * another subgraph's tables.
 */
export { VOLUNTEER_REPLICA_SQL, replicaOfAccount, replicasByIds, type ReplicaProfile, type ReplicaVolunteer };
export {
  ReplicaHoursVersion1764310000000,
  ReplicaOneShape1764700000000,
  ReplicaPartnerConsent1764800000000,
  ReplicaConsents1764900000000,
} from './migrations/volunteer-replica';

/** What a subgraph keeps beyond who is who and where they live. */
export interface ReplicaKeeps {
  /** Birth date and skills, for sign-up eligibility (personal data: kept only where a rule needs it). */
  eligibility?: boolean;
  /** City-wide confirmed hours, from `volunteer.hours`. */
  hours?: boolean;
  /**
   * The volunteer's consents in force (`volunteer.consents`), where partner apps read the volunteer's data through
   * this subgraph (the visibility table's partner columns). Elsewhere none are kept: no partner reads there.
   */
  consent?: boolean;
  /** Runs after a consents announcement, with the consents the replica then holds (newest version). */
  afterConsents?: (m: EntityManager, volunteerId: string, consents: ConsentInForce[]) => Promise<void>;
}

/** The handlers a subgraph adds to its `consumes` to keep its replica. */
export function volunteerReplicaConsumers(keeps: ReplicaKeeps = {}): Consumer[] {
  const consumers: Consumer[] = [
    on('volunteer.profile', (p, { manager }) =>
      upsertReplicaProfile(manager, {
        volunteerId: p.volunteerId,
        accountId: p.accountId,
        districtCode: p.districtCode,
        birthDate: keeps.eligibility ? p.birthDate : null,
        skills: keeps.eligibility ? p.skills : [],
        status: p.status,
        // The deprecated global switch grants nothing any more; consents arrive in their own event.
        shareWithPartners: false,
      }),
    ),
  ];
  if (keeps.consent)
    consumers.push(
      on('volunteer.consents', async (p, { manager }) => {
        await upsertReplicaConsents(manager, p.volunteerId, p.consents, p.version);
        const held = (await replicasByIds(manager, [p.volunteerId]))[0]?.consents ?? [];
        await keeps.afterConsents?.(manager, p.volunteerId, held);
      }),
    );
  // Every replica erases its copy of a volunteer who deregisters (issue 11.3), whatever else it keeps.
  consumers.push(on('volunteer.deregistered', (p, { manager }) => eraseReplica(manager, p.volunteerId)));
  if (keeps.hours)
    consumers.push(
      on('volunteer.hours', (p, { manager }) =>
        upsertReplicaHours(manager, p.volunteerId, p.confirmedHours, p.version),
      ),
    );
  return consumers;
}

/** A DataLoader of replica rows by volunteer id. */
export const replicaLoader = (db: Db) =>
  rowLoader(
    (ids: readonly string[]) => replicasByIds(db, ids),
    (v) => v.volunteerId,
  );

/**
 * The registered volunteer a signed-in citizen acts as, for district mutations on their own records. Admins and
 * partner apps do not act as volunteers here.
 */
export async function actingVolunteer(db: Db, caller: Caller): Promise<ReplicaVolunteer> {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as a volunteer first.');
  if (caller.kind !== 'volunteer') throw forbidden('Only a volunteer signed in with their own account can do this.');
  const me = await replicaOfAccount(db, accountOf(caller)!);
  if (!me || me.status !== 'ACTIVE') {
    throw appError('NOT_REGISTERED', 'Register as a volunteer first (or wait a moment if you just registered).');
  }
  return me;
}

/** The city's demo volunteers (who is who and where they live), where no announced fact says otherwise. */
export async function seedDemoVolunteerReplicas(db: Db): Promise<void> {
  await seedReplicaProfiles(db, demoAccounts);
}

/** Demo volunteers with the profile a subgraph keeps of them (eligibility included), likewise. */
export const seedVolunteerReplicas = seedReplicaProfiles;

/** The registered volunteer a signed-in citizen is (volunteer tokens only), looked up at most once per request. */
export function callerVolunteer(db: Db, caller: Caller): () => Promise<ReplicaVolunteer | null> {
  let me: Promise<ReplicaVolunteer | null> | undefined;
  return () => (me ??= caller.kind === 'volunteer' ? replicaOfAccount(db, accountOf(caller)!) : Promise.resolve(null));
}

/** What deciding who reads a volunteer's district account needs: a district resolver's context provides it. */
export interface AccountReadContext {
  caller: Caller;
  /** The request's access log: an admin served the account is recorded there. */
  access: AccessRecorder;
  loaders: {
    administersDistrict: DistrictAdminCheck;
    /** The caller as a registered volunteer (`callerVolunteer`). */
    me: () => Promise<ReplicaVolunteer | null>;
    /** Any volunteer's replica row (`replicaLoader`), for their home district. */
    volunteer: { load: (id: string) => Promise<ReplicaVolunteer | null> };
  };
}

/**
 * A volunteer's district account (Pidu's time bank, Xinjin's points) is personal data, as the visibility table's
 * `field` row says: today the volunteer, city admins, and the admins of the district the volunteer LIVES in.
 * Running the platform gives a district's admin no view of residents of other districts who happen to use it; a
 * volunteer whose home district is not known yet is seen by themself and city admins only. Partner apps are not
 * handed district accounts (`me` knows volunteer tokens only).
 */
export async function mayReadDistrictAccount(
  { caller, loaders, access }: AccountReadContext,
  volunteerId: string,
  field: 'piduAccount' | 'xinjinAccount' | 'longquanyiAccount',
): Promise<boolean> {
  const me = caller.kind === 'volunteer' ? await loaders.me() : null;
  let administersHome = false;
  if (caller.kind === 'districtAdmin') {
    const home = (await loaders.volunteer.load(volunteerId))?.districtCode;
    administersHome = home ? await loaders.administersDistrict(home) : false;
  }
  const role = callerRole(
    caller,
    { subjectAccountId: me?.volunteerId === volunteerId ? me.accountId : null, administersHome },
    field,
  );
  const allowed = sees(field, role);
  // The access log keeps an admin's read (the recorder ignores the volunteer's own).
  if (allowed) access.record(volunteerId, field);
  return allowed;
}
