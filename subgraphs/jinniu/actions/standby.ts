import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { actingVolunteer } from '../../kit/district/volunteers';
import { memberOf, removeMember, saveMember, type MemberRow } from '../data/roster.repository';
import { validateStandby, type StandbyInput } from '../rules/standby-input';

/** Joining again is editing: the member's skills and windows are replaced, their offers stay. */
export async function joinStandby(db: DataSource, caller: Caller, input: StandbyInput): Promise<MemberRow> {
  const { skills, windows } = validateStandby(input);
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    await saveMember(m, me.volunteerId, skills, windows);
    return (await memberOf(m, me.volunteerId))!;
  });
}

export async function leaveStandby(db: DataSource, caller: Caller): Promise<boolean> {
  return db.transaction(async (m) => removeMember(m, (await actingVolunteer(m, caller)).volunteerId));
}
