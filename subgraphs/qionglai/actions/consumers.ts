import { on } from '../../kit/runtime/event-catalogue';
import { rememberDistricts, upsertServiceHours } from '../data/project-facts.repository';

/**
 * Confirmed hours on Qionglai projects feed the village figures (only those can be tagged); a resent record
 * carries its corrected hours and replaces the earlier ones. Every record also tells which district its project
 * is in, which lets tagging refuse another district's project by name.
 */
const serviceConfirmed = on('service.confirmed', async (p, { manager: m }) => {
  await rememberDistricts(m, [{ projectId: p.projectId, districtCode: p.districtCode }]);
  if (p.districtCode === 'qionglai')
    await upsertServiceHours(m, {
      recordId: p.recordId,
      projectId: p.projectId,
      volunteerId: p.volunteerId,
      hours: p.hours,
      servedOn: p.servedOn,
    });
});

export const consumers = [serviceConfirmed];
