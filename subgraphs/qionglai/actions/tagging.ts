import type { DistrictRequest } from '../../kit/district/platform';
import { appError, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { placesByIds } from '../data/place.repository';
import { districtOfProject } from '../data/project-facts.repository';
import { deleteTag, upsertTag, type TagRow, type Theme } from '../data/tag.repository';
import { requireQionglaiAdmin } from '../rules/access';

/**
 * Tags a project with a place and theme. Only projects the city has reported as Qionglai's may be tagged: the
 * district is known from confirmed hours or from any read of `Project.qionglai` through the gateway (an admin
 * opens the project before tagging it), since no project event exists and other subgraphs' tables are off limits.
 */
export async function tagProject(
  req: DistrictRequest,
  input: { projectId: string; placeId: string; theme: Theme },
): Promise<TagRow> {
  const { db } = req;
  const taggedBy = await requireQionglaiAdmin(req);
  const projectId = requireUuid(input.projectId, 'projectId');
  const placeId = requireUuid(input.placeId, 'placeId');
  const [place] = await placesByIds(db, [placeId]);
  if (!place) throw notFound('No Qionglai village or community has this id; pick one from qionglai { places }.');
  const district = await districtOfProject(db, projectId);
  if (district === null) {
    throw appError(
      'PROJECT_NOT_KNOWN',
      'The Qionglai platform has not seen this project yet: open it once (project(id) { qionglai { theme } }) and ' +
        'tag it again.',
    );
  }
  if (district !== 'qionglai')
    throw appError(
      'PROJECT_NOT_IN_QIONGLAI',
      'Only projects in Qionglai can be tagged with a Qionglai village; this project is in another district.',
    );
  return upsertTag(db, { projectId, placeId, theme: input.theme, taggedBy });
}

export async function untagProject(req: DistrictRequest, projectId: string): Promise<boolean> {
  await requireQionglaiAdmin(req);
  return deleteTag(req.db, requireUuid(projectId, 'projectId'));
}
