import type { DataSource } from 'typeorm';
import type { DocumentNode } from 'graphql';
import { CITY_SCOPE, resolveStatisticsReference, statisticsLoader, type StatisticsKey } from '../city/statistics';
import type { Caller } from '../runtime/caller';

/**
 * A district platform's own figures on the city's statistics (issue 13.1: Pidu's time bank, Xinjin's points, Wuhou's
 * needs board, Qionglai's villages). What every such district shares lives here: which scopes get the figures, one
 * computation per range, who may read them, and the `Statistics.<code>` field itself. A district gives only the
 * computation (`figures` of `defineDistrict`) and its `<Ns>Statistics` type in its SDL.
 */

/** A district's figures of one range, every one already withheld where fewer than five people stand behind it. */
export type OwnFigures = (db: DataSource, from: string, to: string) => Promise<object>;

/**
 * The scopes a district's own figures are given for: the city's and the district's (the same figures, since only
 * this district runs that platform); every other district has none, so a dashboard shows nothing rather than zeros.
 */
export const ownFigureScopes = (code: string): readonly string[] => [CITY_SCOPE, code];

/** Per request: the district's figures of each range asked for, computed once for both of its scopes. */
export function ownFiguresLoader(code: string, db: DataSource, figures: OwnFigures) {
  return statisticsLoader(async (from, to) => {
    const computed = await figures(db, from, to);
    return new Map(ownFigureScopes(code).map((scope) => [scope, computed]));
  });
}

export type OwnFiguresLoader = ReturnType<typeof ownFiguresLoader>;

interface FiguresContext {
  caller: Caller;
  loaders: { administersDistrict: (code: string) => Promise<boolean>; ownFigures: OwnFiguresLoader };
}

/**
 * `Statistics` of a district that gives figures: the reference checked against the reader like every contributing
 * subgraph's, and `Statistics.<code>`, null outside the district's scopes.
 */
export function ownFiguresResolvers(code: string) {
  return {
    __resolveReference: (ref: StatisticsKey, ctx: FiguresContext) => resolveStatisticsReference(ref, ctx),
    [code]: (s: StatisticsKey, _args: unknown, ctx: FiguresContext) =>
      ownFigureScopes(code).includes(s.scope) ? ctx.loaders.ownFigures.load(s) : null,
  };
}

/** Whether a parsed schema extends the city's `Statistics` entity. */
export const extendsStatistics = (doc: DocumentNode): boolean =>
  doc.definitions.some((d) => 'name' in d && d.name?.value === 'Statistics');
