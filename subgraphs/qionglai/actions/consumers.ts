import type { DomainEvent, EventHandler } from '../../kit/runtime/events';
import { isDistrictCode } from '../../kit/city/districts';
import { isUuid } from '../../kit/runtime/ids';
import { rememberDistricts, upsertServiceHours } from '../data/project-facts.repository';

interface ServiceConfirmed {
  recordId: string;
  volunteerId: string;
  projectId: string;
  districtCode: string;
  hours: number;
}

/**
 * Confirmed hours on Qionglai projects feed the village figures (only those can be tagged); a resent record
 * carries its corrected hours and replaces the earlier ones. Every record also tells which district its project
 * is in, which lets tagging refuse another district's project by name.
 */
const serviceConfirmed: EventHandler = async (event: DomainEvent<ServiceConfirmed>, m) => {
  const p = event.payload;
  // A malformed event cannot become valid by retrying it; it is acknowledged and dropped.
  if (![p.recordId, p.volunteerId, p.projectId].every((id) => typeof id === 'string' && isUuid(id))) return;
  if (!Number.isFinite(p.hours) || p.hours < 0) return;
  if (!isDistrictCode(p.districtCode)) return;
  await rememberDistricts(m, [{ projectId: p.projectId, districtCode: p.districtCode }]);
  if (p.districtCode === 'qionglai')
    await upsertServiceHours(m, {
      recordId: p.recordId,
      projectId: p.projectId,
      volunteerId: p.volunteerId,
      hours: p.hours,
    });
};

export const consumers: Record<string, EventHandler> = {
  'service.confirmed': serviceConfirmed,
};
