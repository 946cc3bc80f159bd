import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { actingVolunteer, replicasByIds } from '../../kit/district/volunteers';
import { appError, badInput, conflict, forbidden, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import {
  acceptLink,
  deleteLink,
  insertLink,
  linkById,
  linkCount,
  MAX_FAMILY_LINKS,
  serializeDeclarations,
  type FamilyLinkRow,
} from '../data/family.repository';

export const RELATIONS = ['SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'GRANDPARENT', 'GRANDCHILD'] as const;

/**
 * Family is what both sides say it is: one volunteer declares the link, the other accepts it. The platform has no
 * household register to check against, so the relative's acceptance is the consent that makes gifts possible.
 */
export async function declareFamily(
  db: DataSource,
  caller: Caller,
  relativeId: string,
  relation: string,
): Promise<FamilyLinkRow> {
  requireUuid(relativeId, 'relativeVolunteerId');
  if (!(RELATIONS as readonly string[]).includes(relation))
    throw badInput('relation is not one of the listed relations.', 'relation');
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    if (me.volunteerId === relativeId) throw badInput('You cannot declare yourself as family.', 'relativeVolunteerId');
    const [relative] = await replicasByIds(m, [relativeId]);
    if (!relative?.accountId) throw notFound('No registered volunteer has this id.');
    await serializeDeclarations(m, me.volunteerId);
    if ((await linkCount(m, me.volunteerId)) >= MAX_FAMILY_LINKS) {
      throw appError(
        'FAMILY_LIMIT',
        `A volunteer can keep at most ${MAX_FAMILY_LINKS} family links; remove one first.`,
      );
    }
    const link = await insertLink(m, me.volunteerId, relativeId, relation);
    if (!link) throw conflict('You and this volunteer already have a family link (pending or accepted).');
    return link;
  });
}

export async function acceptFamily(db: DataSource, caller: Caller, linkId: string): Promise<FamilyLinkRow> {
  requireUuid(linkId, 'linkId');
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    const link = await linkById(m, linkId, true);
    if (!link || (link.relativeId !== me.volunteerId && link.volunteerId !== me.volunteerId))
      throw notFound('No family link with this id is yours.');
    if (link.relativeId !== me.volunteerId) throw forbidden('Only the relative named in the link can accept it.');
    if (link.status === 'ACCEPTED') throw conflict('This family link is already accepted.');
    return acceptLink(m, linkId);
  });
}

export async function removeFamily(db: DataSource, caller: Caller, linkId: string): Promise<boolean> {
  requireUuid(linkId, 'linkId');
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    const link = await linkById(m, linkId, true);
    if (!link || (link.relativeId !== me.volunteerId && link.volunteerId !== me.volunteerId))
      throw notFound('No family link with this id is yours.');
    await deleteLink(m, linkId);
    return true;
  });
}
