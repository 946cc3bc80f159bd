import { rows, type Db } from '../runtime/sql';

/**
 * Figures of an append-only ledger (Pidu's time bank, Xinjin's points) over a range of Beijing days, from rollups a
 * trigger keeps as entries arrive (issue 14: summing and counting distinct people over a year of entries, 700,000 at
 * city size, took most of a second per dashboard).
 *
 * Each figure is a group of entry kinds: the sum of their amounts (times `sign`) and the distinct people behind
 * them (`person`: the column naming who stands behind an entry; entries without one count in the sum only).
 * `<ledger>_daily` holds per day and group the sum, and how many people had their first and their last entry of the
 * group that day; `<ledger>_people` each person's first and last day per group (its row is also the lock: two
 * transactions adding entries of one person queue, and the second reads the first's days). The people of a range
 * are then those whose last day falls in it when nobody's entries go past it (a range ending today: entries are dated
 * when written), or those whose first day does when nobody's come before it; any other range counts distinct people
 * over the entries themselves.
 *
 * Entries are never updated or deleted (`appendOnlySql`), so one insert trigger keeps it all.
 */
export interface LedgerFigures {
  ledger: string;
  groups: { name: string; kinds: string[]; person: string; sign: 1 | -1 }[];
}

const day = `(created_at AT TIME ZONE 'Asia/Shanghai')::date`;

/** Each entry as (grp, person, day, amount), one row per group it belongs to. */
function grouped(l: LedgerFigures, source: string): string {
  return l.groups
    .map(
      (g) =>
        `SELECT '${g.name}'::text AS grp, ${g.person} AS person, ${day} AS day, ${g.sign} * amount AS amount
           FROM ${source} WHERE kind IN (${g.kinds.map((k) => `'${k}'`).join(', ')})`,
    )
    .join(' UNION ALL ');
}

/** The statements of a district migration that add the rollups, their trigger, and rows for existing entries. */
export function createLedgerFigures(l: LedgerFigures): string[] {
  const daily = `${l.ledger}_daily`;
  const people = `${l.ledger}_people`;
  return [
    `CREATE TABLE IF NOT EXISTS ${daily} (
      day date NOT NULL,
      grp varchar(16) NOT NULL,
      amount numeric(16,2) NOT NULL DEFAULT 0,
      firsts int NOT NULL DEFAULT 0,
      lasts int NOT NULL DEFAULT 0,
      PRIMARY KEY (day, grp)
    )`,
    `CREATE TABLE IF NOT EXISTS ${people} (
      grp varchar(16) NOT NULL,
      person uuid NOT NULL,
      first_day date,
      last_day date,
      PRIMARY KEY (grp, person)
    )`,
    `CREATE FUNCTION ${daily}_follow() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
    DECLARE
      n_grp text[]; n_person uuid[]; n_first date[]; n_last date[];
      o_grp text[]; o_person uuid[]; o_first date[]; o_last date[];
    BEGIN
      -- The batch's days per group and person, in key order.
      SELECT coalesce(array_agg(x.grp ORDER BY x.grp, x.person), '{}'),
             coalesce(array_agg(x.person ORDER BY x.grp, x.person), '{}'),
             coalesce(array_agg(x.first_day ORDER BY x.grp, x.person), '{}'),
             coalesce(array_agg(x.last_day ORDER BY x.grp, x.person), '{}')
        INTO n_grp, n_person, n_first, n_last
        FROM (SELECT e.grp, e.person, min(e.day) AS first_day, max(e.day) AS last_day
                FROM (${grouped(l, 'added')}) e WHERE e.person IS NOT NULL GROUP BY 1, 2) x;
      -- Each person's row, locked in key order (created first if new): their days before this batch.
      INSERT INTO ${people} (grp, person) SELECT * FROM unnest(n_grp, n_person) ORDER BY 1, 2 ON CONFLICT DO NOTHING;
      SELECT array_agg(k.grp), array_agg(k.person), array_agg(k.first_day), array_agg(k.last_day)
        INTO o_grp, o_person, o_first, o_last
        FROM (SELECT k.grp, k.person, k.first_day, k.last_day FROM ${people} k
                JOIN unnest(n_grp, n_person) AS c(grp, person) ON c.grp = k.grp AND c.person = k.person
               ORDER BY k.grp, k.person FOR UPDATE OF k) k;
      UPDATE ${people} k SET first_day = least(k.first_day, c.first_day), last_day = greatest(k.last_day, c.last_day)
        FROM unnest(n_grp, n_person, n_first, n_last) AS c(grp, person, first_day, last_day)
       WHERE k.grp = c.grp AND k.person = c.person;
      INSERT INTO ${daily} AS d (day, grp, amount, firsts, lasts)
      SELECT x.day, x.grp, sum(x.amount), sum(x.firsts), sum(x.lasts) FROM (
          SELECT e.day, e.grp, e.amount, 0 AS firsts, 0 AS lasts FROM (${grouped(l, 'added')}) e
          UNION ALL
          -- Each person's first and last day before the batch (taken off) and after it (added).
          SELECT o.first_day, o.grp, 0, -1, 0 FROM unnest(o_grp, o_first) AS o(grp, first_day)
           WHERE o.first_day IS NOT NULL
          UNION ALL
          SELECT o.last_day, o.grp, 0, 0, -1 FROM unnest(o_grp, o_last) AS o(grp, last_day)
           WHERE o.last_day IS NOT NULL
          UNION ALL
          SELECT least(o.first_day, c.first_day), c.grp, 0, 1, 0
            FROM unnest(n_grp, n_person, n_first) AS c(grp, person, first_day)
            JOIN unnest(o_grp, o_person, o_first) AS o(grp, person, first_day) ON o.grp = c.grp AND o.person = c.person
          UNION ALL
          SELECT greatest(o.last_day, c.last_day), c.grp, 0, 0, 1
            FROM unnest(n_grp, n_person, n_last) AS c(grp, person, last_day)
            JOIN unnest(o_grp, o_person, o_last) AS o(grp, person, last_day) ON o.grp = c.grp AND o.person = c.person
        ) x
       GROUP BY 1, 2 HAVING sum(x.amount) <> 0 OR sum(x.firsts) <> 0 OR sum(x.lasts) <> 0 ORDER BY 1, 2
      ON CONFLICT (day, grp) DO UPDATE
        SET amount = d.amount + EXCLUDED.amount, firsts = d.firsts + EXCLUDED.firsts, lasts = d.lasts + EXCLUDED.lasts;
      RETURN NULL;
    END $fn$`,
    `CREATE TRIGGER ${daily}_follow AFTER INSERT ON ${l.ledger}
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION ${daily}_follow()`,
    // Entries written before the rollups existed, counted once (locked first, so none slips in between).
    `LOCK TABLE ${l.ledger} IN SHARE MODE`,
    `INSERT INTO ${people} (grp, person, first_day, last_day)
     SELECT grp, person, min(day), max(day) FROM (${grouped(l, l.ledger)}) e WHERE person IS NOT NULL GROUP BY 1, 2`,
    `INSERT INTO ${daily} (day, grp, amount, firsts, lasts)
     SELECT day, grp, sum(amount), sum(firsts), sum(lasts) FROM (
       SELECT day, grp, amount, 0 AS firsts, 0 AS lasts FROM (${grouped(l, l.ledger)}) e
       UNION ALL SELECT first_day, grp, 0, 1, 0 FROM ${people}
       UNION ALL SELECT last_day, grp, 0, 0, 1 FROM ${people}
     ) x GROUP BY 1, 2`,
  ];
}

export function dropLedgerFigures(l: LedgerFigures): string[] {
  return [
    `DROP TRIGGER ${l.ledger}_daily_follow ON ${l.ledger}`,
    `DROP FUNCTION ${l.ledger}_daily_follow()`,
    `DROP TABLE ${l.ledger}_daily, ${l.ledger}_people`,
  ];
}

/** A group's figures over a range: its amount, and the distinct people behind it. */
export interface LedgerFigure {
  amount: number;
  people: number;
}

/**
 * Every group's figures over a range of Beijing days: one statement, two when the range is one the first and last
 * days cannot tell (see above). `beside`, a one-row SELECT over the same range ($1 and $2: its first and last day),
 * is read in the same statement, for a district's figures kept elsewhere (Pidu's bookings); its row comes back as
 * `besides`, numbers and all, through JSON.
 */
export async function ledgerFigures<B extends object = Record<string, never>>(
  db: Db,
  l: LedgerFigures,
  from: string,
  to: string,
  beside?: string,
): Promise<{ groups: Map<string, LedgerFigure>; besides: B }> {
  const daily = `${l.ledger}_daily`;
  const found = await rows<{
    grp: string;
    amount: string;
    firsts: string;
    lasts: string;
    before: boolean;
    after: boolean;
    besides: B | null;
  }>(
    db,
    `SELECT g.grp, coalesce(sum(d.amount), 0) AS amount, coalesce(sum(d.firsts), 0) AS firsts,
            coalesce(sum(d.lasts), 0) AS lasts,
            EXISTS (SELECT 1 FROM ${daily} b WHERE b.grp = g.grp AND b.day < $1 AND b.firsts > 0) AS before,
            EXISTS (SELECT 1 FROM ${daily} a WHERE a.grp = g.grp AND a.day > $2 AND a.lasts > 0) AS after,
            ${beside ? `(SELECT row_to_json(x) FROM (${beside}) x)` : 'NULL::json'} AS besides
       FROM unnest($3::text[]) AS g(grp) LEFT JOIN ${daily} d ON d.grp = g.grp AND d.day BETWEEN $1 AND $2
      GROUP BY g.grp`,
    [from, to, l.groups.map((g) => g.name)],
  );
  const groups = new Map<string, LedgerFigure>();
  const untold: string[] = [];
  for (const r of found) {
    const people = !r.after ? Number(r.lasts) : !r.before ? Number(r.firsts) : null;
    if (people === null) untold.push(r.grp);
    groups.set(r.grp, { amount: Number(r.amount), people: people ?? 0 });
  }
  if (untold.length) {
    const counted = await rows<{ grp: string; people: number }>(
      db,
      `SELECT grp, count(DISTINCT person)::int AS people FROM (${grouped(l, l.ledger)}) e
        WHERE day BETWEEN $1 AND $2 AND grp = ANY($3) GROUP BY 1`,
      [from, to, untold],
    );
    for (const grp of untold) groups.get(grp)!.people = counted.find((c) => c.grp === grp)?.people ?? 0;
  }
  return { groups, besides: (found[0]?.besides ?? {}) as B };
}
