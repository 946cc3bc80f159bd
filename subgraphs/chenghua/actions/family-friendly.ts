import type { DataSource } from 'typeorm';
import type { DistrictRequest } from '../../kit/district/platform';
import { emit } from '../../kit/runtime/event-catalogue';
import { forbidden } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { saveFamilyFriendly } from '../data/family-friendly.repository';

/**
 * A Chenghua admin marks a project (of any district: Chenghua's families go where they are welcome) as open to
 * families signing up together, or no longer; projects learns it from the event and refuses family sign-ups on
 * any other project.
 */
export async function markFamilyFriendly(
  req: DistrictRequest,
  projectId: string,
  familyFriendly: boolean,
): Promise<{ id: string }> {
  requireUuid(projectId, 'projectId');
  if (!(await req.loaders.administersDistrict('chenghua')))
    throw forbidden("Only Chenghua's district admins mark projects as family-friendly.");
  const db: DataSource = req.db;
  return db.transaction(async (m) => {
    const mark = await saveFamilyFriendly(m, projectId, familyFriendly);
    await emit(m, 'project.family-friendly', mark);
    return { id: projectId };
  });
}
