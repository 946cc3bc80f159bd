import { accountOf } from '../../kit/runtime/caller';
import { badInput, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { insertPhoto, photoWithOrganization, setPhotoHidden, type PhotoRow } from '../data/gallery.repository';
import { lockProject } from '../data/project.repository';
import { organizationOf, requireSameOrganization, type Acting } from '../rules/access';
import { httpsUrl } from '../rules/project-input';

export interface PhotoInput {
  imageUrl: string;
  caption?: string | null;
  takenAt?: string | null;
  takenBy?: string | null;
}

/** Organizers add photos of their project at work; anyone sees them unless hidden. */
export async function addPhoto(ctx: Acting, projectId: string, input: PhotoInput): Promise<PhotoRow> {
  requireUuid(projectId, 'projectId');
  const imageUrl = httpsUrl(input.imageUrl, 'input.imageUrl');
  const caption = (input.caption ?? '').trim();
  if (caption.length > 200) throw badInput('input.caption must be at most 200 characters.', 'input.caption');
  const takenBy = (input.takenBy ?? '').trim();
  if (takenBy.length > 40) throw badInput('input.takenBy must be at most 40 characters.', 'input.takenBy');
  let takenAt: Date | null = null;
  if (input.takenAt != null) {
    takenAt = new Date(input.takenAt);
    if (Number.isNaN(takenAt.getTime()) || !/T\d{2}:\d{2}/.test(input.takenAt))
      throw badInput('input.takenAt must be an ISO 8601 time.', 'input.takenAt');
    if (takenAt.getTime() > Date.now() + 60_000)
      throw badInput('input.takenAt cannot be in the future.', 'input.takenAt');
  }
  const mine = await organizationOf(ctx, 'add photos');
  return ctx.db.transaction(async (m) => {
    const project = await lockProject(m, projectId);
    if (!project) throw notFound('No project has this id.');
    requireSameOrganization(mine, project.organizationId, 'add photos');
    return insertPhoto(m, { projectId, imageUrl, caption, takenAt, takenBy, addedBy: accountOf(ctx.caller)! });
  });
}

export async function hidePhoto(ctx: Acting, id: string, hidden: boolean): Promise<PhotoRow> {
  requireUuid(id, 'id');
  const mine = await organizationOf(ctx, 'hide its photos');
  return ctx.db.transaction(async (m) => {
    const photo = await photoWithOrganization(m, id);
    if (!photo) throw notFound('No photo has this id.');
    requireSameOrganization(mine, photo.organizationId, 'hide its photos');
    return setPhotoHidden(m, id, hidden);
  });
}
