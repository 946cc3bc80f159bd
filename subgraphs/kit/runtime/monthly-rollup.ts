/**
 * Monthly mirrors of the dashboard's daily rollups (issue 14). A year of a daily rollup is hundreds of rows a day's
 * worth of cells, tens of thousands in all, and a figure "up to a day" (volunteers by star level, by age band) sums
 * every day since the platform began; summed by month instead, a read takes the whole months of its range from the
 * mirror and, for a month its ends cut, a few days from the daily table (`rangeParams`).
 *
 * A mirror is kept by statement-level triggers on its daily table (transition tables: the rows a statement inserted,
 * and the old and new values of those it updated or deleted), so whatever writes the daily table (its own triggers,
 * a migration's backfill, the city seed) moves the mirror in the same transaction, by one ordered upsert per
 * statement. A daily table's upsert fires both the insert and the update trigger, each with its own rows.
 */
export interface MonthlyMirror {
  /** The daily rollup, keyed by `day` and `keys`. */
  daily: string;
  monthly: string;
  /** Key columns beside the day, with their types: `district_code varchar(32)`. */
  keys: string[];
  /** Summed columns, with the type of their monthly sum: `registrations bigint`. */
  values: string[];
}

const names = (columns: string[]) => columns.map((c) => c.split(' ')[0]!);

/** The statements that create a mirror, its triggers and its rows for what the daily table already holds. */
export function createMonthlyMirror(m: MonthlyMirror): string[] {
  const keys = names(m.keys);
  const values = names(m.values);
  const fn = `${m.monthly}_follow`;
  const upsert = (source: string) => `
      INSERT INTO ${m.monthly} AS m (month, ${keys.join(', ')}, ${values.join(', ')})
      SELECT date_trunc('month', day::timestamp)::date, ${keys.join(', ')}, ${values.map((v) => `sum(${v})`).join(', ')}
        FROM (${source}) x
       GROUP BY ${[1, ...keys.map((_, i) => i + 2)].join(', ')}
      HAVING ${values.map((v) => `sum(${v}) <> 0`).join(' OR ')}
       ORDER BY ${[1, ...keys.map((_, i) => i + 2)].join(', ')}
      ON CONFLICT (month, ${keys.join(', ')}) DO UPDATE
        SET ${values.map((v) => `${v} = m.${v} + EXCLUDED.${v}`).join(', ')};`;
  const rowsOf = (table: string, sign: '' | '-') =>
    `SELECT day, ${keys.join(', ')}, ${values.map((v) => `${sign}${v} AS ${v}`).join(', ')} FROM ${table}`;
  return [
    `CREATE TABLE IF NOT EXISTS ${m.monthly} (
      month date NOT NULL,
      ${[...m.keys, ...m.values.map((v) => `${v} NOT NULL DEFAULT 0`)].join(',\n      ')},
      PRIMARY KEY (month, ${keys.join(', ')})
    )`,
    `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
    BEGIN
      IF TG_OP = 'INSERT' THEN${upsert(rowsOf('rollup_new', ''))}
      ELSIF TG_OP = 'UPDATE' THEN${upsert(`${rowsOf('rollup_new', '')} UNION ALL ${rowsOf('rollup_old', '-')}`)}
      ELSE${upsert(rowsOf('rollup_old', '-'))}
      END IF;
      RETURN NULL;
    END $fn$`,
    `CREATE TRIGGER ${m.monthly}_insert AFTER INSERT ON ${m.daily}
      REFERENCING NEW TABLE AS rollup_new FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    `CREATE TRIGGER ${m.monthly}_update AFTER UPDATE ON ${m.daily}
      REFERENCING OLD TABLE AS rollup_old NEW TABLE AS rollup_new FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    `CREATE TRIGGER ${m.monthly}_delete AFTER DELETE ON ${m.daily}
      REFERENCING OLD TABLE AS rollup_old FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    // Locked first, so no write to the daily table slips in between the copy and the triggers.
    `LOCK TABLE ${m.daily} IN SHARE MODE`,
    `INSERT INTO ${m.monthly} (month, ${keys.join(', ')}, ${values.join(', ')})
     SELECT date_trunc('month', day::timestamp)::date, ${keys.join(', ')}, ${values.map((v) => `sum(${v})`).join(', ')}
       FROM ${m.daily} GROUP BY ${[1, ...keys.map((_, i) => i + 2)].join(', ')}`,
  ];
}

/** The statements that remove a mirror. */
export function dropMonthlyMirror(m: MonthlyMirror): string[] {
  return [
    ...['insert', 'update', 'delete'].map((t) => `DROP TRIGGER ${m.monthly}_${t} ON ${m.daily}`),
    `DROP FUNCTION ${m.monthly}_follow()`,
    `DROP TABLE ${m.monthly}`,
  ];
}

const DAY = 86_400_000;
const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Before any day a rollup holds: "up to a day" is the range from here. */
export const BEGINNING = '1900-01-01';

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonth = (day: string) => monthStart(shift(monthStart(day), 32));
const monthEnd = (day: string) => shift(nextMonth(day), -1);
const daysFrom = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY) + 1;

/**
 * `rollupRows`' eight parameters for a range: the range; the months read from the mirror (first and last month's
 * first day; none when the first comes after the last); the days read from the daily table at the range's start
 * (up to `startTo`) and end (from `endFrom`); and the days taken off a month read whole where the range cuts it
 * (from `minusFrom` to the day before the range, from the day after it to `minusTo`). A month the range cuts is read
 * whichever way takes fewer daily rows: its days inside the range, or the whole month less its days outside.
 */
export function rangeParams(from: string, to: string): string[] {
  const [first, last] = [monthStart(from), monthStart(to)];
  // Each end month: 'whole' (mirror), 'direct' (its days in the range), 'less' (mirror less the days outside).
  const way = (inside: number, length: number) =>
    inside === length ? 'whole' : inside <= length - inside ? 'direct' : 'less';
  let startWay: string;
  let endWay: string;
  if (first === last) {
    startWay = endWay = way(daysFrom(from, to), daysFrom(first, monthEnd(from)));
  } else {
    startWay = way(daysFrom(from, monthEnd(from)), daysFrom(first, monthEnd(from)));
    endWay = way(daysFrom(last, to), daysFrom(last, monthEnd(to)));
  }
  const monthsFrom = startWay === 'direct' ? nextMonth(from) : first;
  const monthsTo = endWay === 'direct' ? monthStart(shift(last, -1)) : last;
  const single = first === last;
  return [
    from,
    to,
    ...(monthsFrom <= monthsTo && !(single && startWay === 'direct') ? [monthsFrom, monthsTo] : [nextMonth(to), first]),
    startWay === 'direct' ? (single ? to : monthEnd(from)) : shift(from, -1),
    endWay === 'direct' && !single ? last : shift(to, 1),
    startWay === 'less' ? first : from,
    endWay === 'less' ? monthEnd(to) : to,
  ];
}

/**
 * SQL of a rollup's rows over a range, each with `period` (the month's or the day's date), its keys and its values:
 * the mirror's months and the daily table's days as `rangeParams` (its eight parameters, from `$<at>` on) divides
 * the range, days taken off a month with their values negated. Sums over it are the range's sums.
 */
export function rollupRows(m: MonthlyMirror, at = 1): string {
  const [from, to, monthsFrom, monthsTo, startTo, endFrom, minusFrom, minusTo] = Array.from(
    { length: 8 },
    (_, i) => `$${at + i}::date`,
  );
  const keys = names(m.keys).join(', ');
  const values = names(m.values);
  return `SELECT month AS period, ${keys}, ${values.join(', ')} FROM ${m.monthly}
    WHERE month BETWEEN ${monthsFrom} AND ${monthsTo}
   UNION ALL
   SELECT day, ${keys}, ${values.join(', ')} FROM ${m.daily}
    WHERE day BETWEEN ${from} AND ${startTo} OR day BETWEEN ${endFrom} AND ${to}
   UNION ALL
   SELECT day, ${keys}, ${values.map((v) => `-${v}`).join(', ')} FROM ${m.daily}
    WHERE day BETWEEN ${minusFrom} AND ${from} - 1 OR day BETWEEN ${to} + 1 AND ${minusTo}`;
}
