import type { DistrictRequest } from '../../kit/district/platform';
import { appError, conflict, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import {
  insertPost,
  insertSlot,
  lockSlot,
  postsByIds,
  setCapacity,
  setPostActive,
  type PostRow,
  type SlotRow,
} from '../data/hub.repository';
import { requireShuangliuAdmin } from '../rules/access';
import { requireCapacity, validatePost, validateSlot, type SlotInput } from '../rules/rota-input';

export async function addPost(req: DistrictRequest, input: { hub: string; name: string }): Promise<PostRow> {
  await requireShuangliuAdmin(req, 'open posts');
  const { hub, name } = validatePost(input);
  const post = await insertPost(req.db, hub, name);
  if (!post) throw conflict(`${hub} already has a post named ${name}; pick another name or reuse that post.`);
  return post;
}

export async function changePost(req: DistrictRequest, postId: string, active: boolean): Promise<PostRow> {
  await requireShuangliuAdmin(req, 'retire posts');
  requireUuid(postId, 'postId');
  const post = await setPostActive(req.db, postId, active);
  if (!post) throw notFound('No post has this id.');
  return post;
}

export async function addSlot(req: DistrictRequest, input: SlotInput): Promise<SlotRow> {
  const by = await requireShuangliuAdmin(req, 'manage rotas');
  const slot = validateSlot(input);
  return req.db.transaction(async (m) => {
    const [post] = await postsByIds(m, [slot.postId]);
    if (!post) throw notFound('No post has this id.');
    if (!post.active) throw appError('POST_RETIRED', `${post.name} is retired; bring it back before adding slots.`);
    const added = await insertSlot(m, { ...slot, createdBy: by });
    if (added === 'OVERLAP')
      throw appError('SLOT_OVERLAP', 'Another slot on this post overlaps that time; change its places instead.');
    return added;
  });
}

export async function changeCapacity(req: DistrictRequest, slotId: string, capacity: number): Promise<SlotRow> {
  await requireShuangliuAdmin(req, 'manage rotas');
  requireUuid(slotId, 'slotId');
  requireCapacity(capacity);
  return req.db.transaction(async (m) => {
    const slot = await lockSlot(m, slotId);
    if (!slot) throw notFound('No slot has this id.');
    const changed = await setCapacity(m, slotId, capacity);
    if (!changed)
      throw appError(
        'BELOW_TAKEN',
        `${slot.taken} places are taken; capacity cannot go below that (ask volunteers to release first).`,
      );
    return changed;
  });
}
