import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { PersonalFieldKey } from '../city/visibility';
import type { Caller } from './caller';
import { decodeCursor, pageSize, toConnection } from './connection';
import type { Logger } from './log';
import { exec, rows, type Db } from './sql';

/**
 * The access log (issue 11.3): every time an admin (organization, district, city) or a partner app is served a
 * personal field of a volunteer beyond its public form, the subgraph that owns the field records who (the kind of
 * caller and their account or app id), whose (the volunteer id), which fields (the visibility table's keys, never the
 * values), the operation and when. The volunteer reads it through the gateway (`myAccessLog`), each owning subgraph
 * answering for its own rows.
 *
 * Recording is per request: resolvers call `record` as they serve fields (cheap: a set insertion), and the kit writes
 * one row per subject in one statement once the response is ready, so a list of 100 records read by an admin costs
 * one INSERT, not 100, and a field read twice in a request is one entry.
 */

/** Callers whose reads of personal data are logged: anyone acting on a volunteer other than the volunteer. */
const LOGGED_KINDS = new Set<Caller['kind']>(['orgAdmin', 'districtAdmin', 'cityAdmin', 'partner']);
/** Further kinds a branch adds (a statistics viewer) are logged too: a kind not known here counts as logged. */
const UNLOGGED_KINDS = new Set<string>(['anonymous', 'volunteer']);

export interface AccessRecorder {
  /** Notes that the caller was served `fields` of volunteer `subjectId` in this request (a no-op for self reads). */
  record(subjectId: string, ...fields: PersonalFieldKey[]): void;
  /** Writes what the request noted, one row per subject, in one statement; called by the kit once per request. */
  flush(): Promise<void>;
}

/** The subgraph's table, as a migration each logging subgraph lists (volunteers, projects, pidu, xinjin). */
export class AccessLog1764900000000 implements MigrationInterface {
  name = 'AccessLog1764900000000';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE personal_data_access (
      id bigserial PRIMARY KEY,
      subject_id uuid NOT NULL,
      caller_kind varchar(32) NOT NULL,
      caller_id varchar(128) NOT NULL,
      fields text[] NOT NULL,
      operation varchar(200),
      at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
    )`);
    await q.query('CREATE INDEX personal_data_access_subject ON personal_data_access (subject_id, at DESC, id DESC)');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE personal_data_access');
  }
}

/** Who the caller is, as the log keeps it: their account, or a partner app's id. */
function callerIdOf(caller: Caller): string {
  if (caller.kind === 'partner') return caller.appId;
  return 'accountId' in caller ? caller.accountId : '';
}

/**
 * The operation as the client named it: the gateway sends `<Name>__<subgraph>__<n>` for each fetch of it; the
 * suffix is the gateway's, not the client's.
 */
export function clientOperationName(sent: unknown): string | null {
  if (typeof sent !== 'string' || sent.length === 0) return null;
  return sent.replace(/__[a-z0-9_]+__\d+$/i, '').slice(0, 200) || null;
}

/** A request's recorder; `enabled` is false in subgraphs without the table (nothing to record there). */
export function accessRecorder(db: Db, caller: Caller, operation: string | null, log: Logger, enabled: boolean) {
  const noted = new Map<string, Set<PersonalFieldKey>>();
  const logged = enabled && (LOGGED_KINDS.has(caller.kind) || !UNLOGGED_KINDS.has(caller.kind));
  const recorder: AccessRecorder = {
    record(subjectId, ...fields) {
      if (!logged) return;
      let set = noted.get(subjectId);
      if (!set) noted.set(subjectId, (set = new Set()));
      for (const f of fields) set.add(f);
    },
    async flush() {
      if (noted.size === 0) return;
      const entries = [...noted].map(([subject, fields]) => ({ subject, fields: [...fields].sort() }));
      noted.clear();
      try {
        await insertAccesses(db, caller.kind, callerIdOf(caller), operation, entries);
      } catch (err) {
        // The data was served already; a lost log row is reported to operators (never with its subjects).
        log.error({ err, entries: entries.length }, 'access log write failed');
      }
    },
  };
  return recorder;
}

/** One statement for every subject of a request. */
async function insertAccesses(
  db: Db,
  kind: string,
  callerId: string,
  operation: string | null,
  entries: { subject: string; fields: string[] }[],
): Promise<void> {
  await exec(
    db,
    `INSERT INTO personal_data_access (subject_id, caller_kind, caller_id, fields, operation)
     SELECT s, $2, $3, string_to_array(f, ','), $4 FROM unnest($1::uuid[], $5::text[]) AS t(s, f)`,
    [entries.map((e) => e.subject), kind, callerId, operation, entries.map((e) => e.fields.join(','))],
  );
}

/** One entry as the volunteer reads it (the `AccessLogEntry` value type every logging subgraph declares alike). */
export interface AccessLogEntry {
  at: string;
  callerKind: string;
  callerId: string;
  fields: string[];
  operation: string | null;
}

/** A page of a volunteer's access log, newest first (the `AccessLogConnection` value type). */
export async function accessLogPage(
  db: Db,
  subjectId: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<{ entries: AccessLogEntry[]; hasNextPage: boolean; endCursor: string | null }> {
  const size = pageSize(first);
  const cursor = decodeCursor(after, ['timestamp', 'int']);
  const params: unknown[] = [subjectId];
  const before = cursor ? `AND (at, id) < ($${params.push(cursor[0])}, $${params.push(cursor[1])})` : '';
  const found = await rows<{ id: string; at: Date } & Omit<AccessLogEntry, 'at'>>(
    db,
    `SELECT id, at, caller_kind AS "callerKind", caller_id AS "callerId", fields, operation
       FROM personal_data_access WHERE subject_id = $1 ${before}
      ORDER BY at DESC, id DESC LIMIT $${params.push(size + 1)}`,
    params,
  );
  const page = toConnection(found, size, (r) => [r.at.toISOString(), r.id]);
  return {
    entries: page.edges.map(({ node: r }) => ({
      at: r.at.toISOString(),
      // orgAdmin → ORG_ADMIN, as the schema names kinds.
      callerKind: r.callerKind.replace(/([A-Z])/g, '_$1').toUpperCase(),
      callerId: r.callerId,
      fields: r.fields,
      operation: r.operation,
    })),
    hasNextPage: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor,
  };
}

/** Deregistration erases the person's log too: it names them by id alongside who looked. */
export async function eraseAccessLog(db: Db, subjectId: string): Promise<void> {
  await exec(db, 'DELETE FROM personal_data_access WHERE subject_id = $1', [subjectId]);
}
