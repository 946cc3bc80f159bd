import type { Context } from './types.generated';

/** Timestamps leave the API as ISO 8601 text. */
export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * True when the caller is the volunteer `volunteerId`. A partner app counts for its linked citizen only with the
 * `volunteer:read` scope: the citizen's consent to hand their records to that app (DOMAIN.md).
 */
export async function isSelf(ctx: Context, volunteerId: string): Promise<boolean> {
  const { caller } = ctx;
  if (caller.kind !== 'volunteer' && !(caller.kind === 'partner' && caller.scopes.includes('volunteer:read')))
    return false;
  return (await ctx.loaders.me())?.volunteerId === volunteerId;
}
