import type { DomainEvent, EventHandler } from '../../kit/events';
import { isDistrictCode } from '../../kit/districts';
import { isUuid } from '../../kit/ids';
import { rememberDistricts, upsertServiceHours } from '../data/project-facts.repository';

interface ServiceConfirmed { recordId: string; volunteerId: string; projectId: string; districtCode: string; hours: number }

/**
 * Confirmed hours feed the village figures. Hours of every district are kept (a project may be tagged later,
 * once its district is known); a resent record carries its corrected hours and replaces the earlier ones.
 */
const serviceConfirmed: EventHandler = async (event: DomainEvent<ServiceConfirmed>, m) => {
  const p = event.payload;
  // A malformed event cannot become valid by retrying it; it is acknowledged and dropped.
  if (![p.recordId, p.volunteerId, p.projectId].every((id) => typeof id === 'string' && isUuid(id))) return;
  if (!Number.isFinite(p.hours) || p.hours < 0) return;
  await upsertServiceHours(m, { recordId: p.recordId, projectId: p.projectId, volunteerId: p.volunteerId, hours: p.hours });
  if (isDistrictCode(p.districtCode)) await rememberDistricts(m, [{ projectId: p.projectId, districtCode: p.districtCode }]);
};

export const consumers: Record<string, EventHandler> = {
  'service.confirmed': serviceConfirmed,
};
