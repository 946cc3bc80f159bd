import { readsOwnData } from '../../kit/district/personal-data';
import { exportedMajorEvents } from '../data/personal-data.repository';
import type { PersonalDataExportResolvers } from './types.generated';

export const PersonalDataExport: PersonalDataExportResolvers = {
  __resolveReference: (ref) => ({ volunteerId: ref.volunteerId }),
  // The volunteer in person only (anyone else is refused); null while this subgraph does not know them yet.
  majorEvents: async (e, _, ctx) =>
    (await readsOwnData(ctx.caller, ctx.loaders.me, e.volunteerId)) ? exportedMajorEvents(ctx.db, e.volunteerId) : null,
};
