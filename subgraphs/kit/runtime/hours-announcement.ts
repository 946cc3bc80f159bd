import { isUuid } from './ids';

/**
 * The payload of `volunteer.hours`: a volunteer's confirmed-hours total as the projects subgraph announces it.
 * `version` grows by one with every total announced for that volunteer, in the order the totals were summed, so a
 * consumer keeps the total with the highest version it has seen and delivery order does not matter. Events written
 * before versions existed carry none and count as version 0: older than any versioned total.
 */
export interface HoursAnnouncement {
  volunteerId: string;
  confirmedHours: number;
  version?: number;
}

/** The announcement with its version filled in, or null for a malformed one (acknowledged and dropped). */
export function readHoursAnnouncement(p: Partial<HoursAnnouncement>): Required<HoursAnnouncement> | null {
  const version = p.version ?? 0;
  if (typeof p.volunteerId !== 'string' || !isUuid(p.volunteerId)) return null;
  if (typeof p.confirmedHours !== 'number' || !Number.isFinite(p.confirmedHours) || p.confirmedHours < 0) return null;
  if (!Number.isSafeInteger(version) || version < 0) return null;
  return { volunteerId: p.volunteerId, confirmedHours: p.confirmedHours, version };
}
