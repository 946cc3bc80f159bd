import { emit } from '../../kit/runtime/event-catalogue';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { actingVolunteer, replicasByIds } from '../../kit/district/volunteers';
import { chengduToday } from '../../kit/city/time-of-day';
import { appError, badInput, conflict, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { requireText } from '../../kit/runtime/input';
import {
  acceptInvite,
  addMember,
  insertFamily,
  lockFamily,
  membershipOf,
  type FamilyRow,
  type MemberRow,
} from '../data/family.repository';
import { requireGuardian } from '../rules/access';
import { announceFamily } from './announce';
import { ADULT_AGE, ageOn, MAX_MEMBERS } from '../rules/family';

/** An adult volunteer founds a family and is its guardian; one family per volunteer. */
export async function createFamily(db: DataSource, caller: Caller, name: string): Promise<FamilyRow> {
  const familyName = requireText(name, 'name', 2, 20);
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    if (!me.birthDate || ageOn(me.birthDate, chengduToday()) < ADULT_AGE)
      throw appError('NOT_ADULT', 'A family is founded by an adult guardian (18 or over).');
    const family = await insertFamily(m, familyName, me.volunteerId);
    if (!family) throw conflict('You already belong to a family; one family per volunteer.');
    await announceFamily(m, family.id);
    return family;
  });
}

/**
 * The guardian adds a member: a child (under 18) joins at once, the guardian's adding being the consent; an adult
 * is invited and joins on accepting. The family's row lock and the conditional count keep it at eight at most.
 */
export async function addFamilyMember(db: DataSource, caller: Caller, volunteerId: string): Promise<MemberRow> {
  requireUuid(volunteerId, 'volunteerId');
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    const mine = requireGuardian(await membershipOf(m, me.volunteerId));
    if (volunteerId === me.volunteerId) throw badInput('You are already the guardian of this family.', 'volunteerId');
    const [who] = await replicasByIds(m, [volunteerId]);
    if (!who?.accountId || who.status !== 'ACTIVE') throw notFound('No registered volunteer has this id.');
    if (!who.birthDate) throw appError('AGE_UNKNOWN', 'This volunteer has no date of birth on record yet; try later.');
    const child = ageOn(who.birthDate, chengduToday()) < ADULT_AGE;
    await lockFamily(m, mine.familyId);
    const added = await addMember(m, mine.familyId, volunteerId, child ? 'CHILD' : 'ADULT', child, MAX_MEMBERS);
    if (added === 'FULL') throw appError('FAMILY_FULL', `A family has at most ${MAX_MEMBERS} members.`);
    if (!added) {
      const theirs = await membershipOf(m, volunteerId);
      if (theirs?.familyId === mine.familyId) return theirs;
      throw conflict('This volunteer already belongs to (or is invited to) another family.');
    }
    // A child is a member at once; an invited adult only once they accept, so they hear of the invitation.
    if (added.status === 'ACTIVE') await announceFamily(m, mine.familyId);
    else
      await emit(m, 'notification.requested', {
        kind: 'FAMILY_REQUEST',
        recipient: { volunteerId },
        params: { familyId: mine.familyId, district: 'chenghua' },
        dedupeKey: `family-invitation:${mine.familyId}:${volunteerId}`,
      });
    return added;
  });
}

/** An invited adult accepts; accepting again is harmless. */
export async function acceptFamily(db: DataSource, caller: Caller, familyId: string): Promise<MemberRow> {
  requireUuid(familyId, 'familyId');
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    const accepted = await acceptInvite(m, me.volunteerId, familyId);
    if (accepted) {
      await announceFamily(m, familyId);
      return accepted;
    }
    const mine = await membershipOf(m, me.volunteerId);
    if (mine?.familyId === familyId) return mine;
    throw notFound('You have no invitation to this family.');
  });
}
