import type { DomainEvent, EventHandler } from '../../kit/runtime/events';
import { isUuid } from '../../kit/runtime/ids';
import { upsertProfile } from '../data/profile.repository';

interface ProfilePayload {
  volunteerId: string;
  accountId: string;
  districtCode?: string | null;
  status: string;
}

/** Who may take needs: a registered volunteer and where they live. Upsert: replaying it changes nothing. */
const volunteerProfile: EventHandler = async (event: DomainEvent<ProfilePayload>, m) => {
  const p = event.payload;
  // A malformed event cannot become valid by retrying it; it is acknowledged and dropped.
  if (!isUuid(p.volunteerId) || !p.accountId) return;
  await upsertProfile(m, {
    volunteerId: p.volunteerId,
    accountId: p.accountId,
    districtCode: p.districtCode ?? null,
    status: p.status,
  });
};

export const consumers: Record<string, EventHandler> = {
  'volunteer.profile': volunteerProfile,
};
