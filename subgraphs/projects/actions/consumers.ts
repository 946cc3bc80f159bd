import type { EntityManager } from 'typeorm';
import type { DomainEvent, EventHandler } from '../../kit/runtime/events';
import { isDistrictCode } from '../../kit/city/districts';
import { isUuid } from '../../kit/runtime/ids';
import { DISTRICT_ADMINS, replicateDistrictAdmins } from '../../kit/runtime/district-admins';
import { ORGANIZATION_ADMINS, replicateOrganizationAdmins } from '../../kit/runtime/organization-admins';
import { upsertProfile, upsertStanding } from '../data/replica.repository';
import { insertShifts } from '../data/shift.repository';
import { findCategory } from '../data/taxonomy';
import { isDate, shanghaiInstant } from '../rules/time';
import { newShareCode } from './publishing';

interface StandingPayload {
  organizationId: string;
  name: string;
  districtCode: string;
  verified: boolean;
  suspended: boolean;
}
interface ProfilePayload {
  volunteerId: string;
  accountId: string;
  districtCode?: string | null;
  birthDate?: string | null;
  skills?: string[];
  status: string;
  shareWithPartners?: boolean;
}
interface NeedPayload {
  needId: string;
  organizationId: string;
  districtCode: string;
  title: string;
  description?: string | null;
  categoryCode?: string | null;
  startsOn: string;
  endsOn?: string | null;
  volunteersNeeded?: number | null;
  address?: string | null;
}

/** Whether an organization may publish, and its name for keyword search. Upsert: replaying it changes nothing. */
const organizationStanding: EventHandler = async (event: DomainEvent<StandingPayload>, m) => {
  const p = event.payload;
  await upsertStanding(m, {
    organizationId: p.organizationId,
    name: p.name,
    districtCode: p.districtCode,
    verified: !!p.verified,
    suspended: !!p.suspended,
  });
};

/** The account, age and skills sign-up eligibility needs. */
const volunteerProfile: EventHandler = async (event: DomainEvent<ProfilePayload>, m) => {
  const p = event.payload;
  await upsertProfile(m, {
    volunteerId: p.volunteerId,
    accountId: p.accountId,
    districtCode: p.districtCode ?? null,
    birthDate: p.birthDate && isDate(p.birthDate) ? p.birthDate : null,
    skills: p.skills ?? [],
    status: p.status,
    shareWithPartners: p.shareWithPartners === true,
  });
};

/**
 * A need filed by a community or venue becomes a draft project of the organization that took it on, with one
 * suggested 09:00–17:00 shift for the volunteers asked for; the organization completes and publishes it.
 * A need converts once: the project's unique need id makes a replay a no-op.
 */
const needConverted: EventHandler = async (event: DomainEvent<NeedPayload>, m: EntityManager) => {
  const n = event.payload;
  // A malformed event cannot become valid by retrying it; it is acknowledged and dropped.
  if (!isUuid(n.needId) || !isUuid(n.organizationId) || !isDate(n.startsOn) || !isDistrictCode(n.districtCode)) return;
  const endsOn = n.endsOn && isDate(n.endsOn) && n.endsOn >= n.startsOn ? n.endsOn : n.startsOn;
  const inserted: { id: string }[] = await m.query(
    `INSERT INTO project (title, description, status, organization_id, district_code, category_code, address, starts_on, ends_on, need_id, share_code)
     VALUES ($1, $2, 'DRAFT', $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (need_id) DO NOTHING RETURNING id`,
    [
      n.title.slice(0, 120),
      n.description ?? '',
      n.organizationId,
      n.districtCode,
      findCategory(n.categoryCode)?.code ?? null,
      (n.address ?? '').slice(0, 200),
      n.startsOn,
      endsOn,
      n.needId,
      newShareCode(),
    ],
  );
  if (inserted.length === 0 || !n.volunteersNeeded || n.volunteersNeeded < 1) return;
  await insertShifts(m, inserted[0].id, [
    {
      startsAt: shanghaiInstant(n.startsOn, '09:00'),
      endsAt: shanghaiInstant(n.startsOn, '17:00'),
      capacity: Math.min(n.volunteersNeeded, 10000),
      waitlistCapacity: 0,
    },
  ]);
};

export const consumers: Record<string, EventHandler> = {
  'organization.standing': organizationStanding,
  // Who may act for an organization: an org-admin token counts only for an account on this list.
  [ORGANIZATION_ADMINS]: replicateOrganizationAdmins,
  // Who may read a district's volunteers' records: a district-admin token counts only for an account on this list.
  [DISTRICT_ADMINS]: replicateDistrictAdmins,
  'volunteer.profile': volunteerProfile,
  'need.converted': needConverted,
};
