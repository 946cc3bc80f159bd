import type { AlertRow } from '../data/roster.repository';
import type { Context } from '../resolvers/types.generated';
import { administersJinniu } from './access';

/** An alert is the business of Jinniu's admins and of the members it was offered to, nobody else. */
export async function maySeeAlert(alert: AlertRow, ctx: Context): Promise<boolean> {
  return (await administersJinniu(ctx)) || (await ctx.loaders.myOffer.load(alert.id)) !== null;
}
