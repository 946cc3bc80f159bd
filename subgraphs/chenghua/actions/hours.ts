import { on } from '../../kit/runtime/event-catalogue';
import { saveRecordHours } from '../data/family.repository';

/**
 * Every confirmed record in the city is kept by volunteer and day, so a family counts what its members served
 * together or apart since they joined; a correction announces the record again and replaces its hours.
 */
export const serviceConfirmed = on('service.confirmed', async (p, { manager }) => {
  await saveRecordHours(manager, {
    recordId: p.recordId,
    volunteerId: p.volunteerId,
    servedOn: p.servedOn,
    hours: p.hours,
  });
});
