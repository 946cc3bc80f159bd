import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Personal data must never reach them (DOMAIN.md): these keys are censored wherever they
 * appear up to two levels deep, as a net under the rule that code does not log personal data in the first place.
 */
const SENSITIVE_KEYS = [
  'idNumber',
  'idCardNumber',
  'phone',
  'mobile',
  'contactPhone',
  'latitude',
  'longitude',
  'position',
  'authorization',
  'token',
  'password',
  'identity',
  'x-qingju-identity',
];
const REDACT_PATHS = SENSITIVE_KEYS.flatMap((k) =>
  [k, `*.${k}`, `*.*.${k}`].map((p) => (k.includes('-') ? p.replace(k, `["${k}"]`) : p)),
);

/** A PostgreSQL error code (SQLSTATE): five digits or capitals, e.g. 23505. */
const SQLSTATE = /^[0-9A-Z]{5}$/;
const STACK_FRAMES = 12;

/**
 * Error text with what may be a value taken out: quoted parts (Postgres and GraphQL quote the value they refuse:
 * `invalid input syntax for type uuid: "…"`), `(column)=(value)` pairs and long runs of digits (phone and ID
 * numbers). What is left says what went wrong, not with whose data.
 */
export function scrubText(text: string): string {
  return text
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
    .replace(/\([^()]*\)=\([^()]*\)/g, '(…)=(…)')
    .replace(/\d{7,}[\dXx]?/g, '[number]')
    .slice(0, 300);
}

/**
 * The one way an error reaches a log line (pino's serializer for `err` and `error`, so no call site can forget it).
 * A database error keeps its type, SQLSTATE, the constraint, table and column names and a scrubbed message; never
 * the statement's `parameters`, `query`, the `detail` (it lists the failing row), `where` or the driver's error.
 * Any other error keeps its type, a scrubbed message and its stack frames (the first stack line repeats the message).
 */
export function safeError(err: unknown, depth = 0): unknown {
  if (typeof err === 'string') return scrubText(err);
  if (!err || typeof err !== 'object') return err;
  const e = err as Record<string, unknown> & { driverError?: Record<string, unknown> };
  const driver = e.driverError && typeof e.driverError === 'object' ? e.driverError : e;
  const sqlstate = [e.code, driver.code].find((c): c is string => typeof c === 'string' && SQLSTATE.test(c));
  const out: Record<string, unknown> = { type: typeof e.name === 'string' ? e.name : (e.constructor?.name ?? 'Error') };
  if (typeof e.message === 'string') out.message = scrubText(e.message);
  const database = sqlstate !== undefined || 'query' in e || 'parameters' in e || 'driverError' in e;
  if (database) {
    out.code = sqlstate;
    for (const k of ['constraint', 'table', 'column'] as const) if (typeof driver[k] === 'string') out[k] = driver[k];
  } else {
    // System errors' codes (ECONNREFUSED, ERR_...) say what happened without saying to whom.
    if (typeof e.code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(e.code)) out.code = e.code;
    if (typeof e.stack === 'string')
      out.stack = e.stack
        .split('\n')
        .filter((l) => /^\s+at /.test(l))
        .slice(0, STACK_FRAMES)
        .join('\n');
  }
  // A GraphQL error wraps the resolver's; an error may carry its cause. One level is enough to say why.
  const inner = e.originalError ?? e.cause;
  if (inner && depth < 1) out.cause = safeError(inner, depth + 1);
  return out;
}

/** `destination` lets tests read what would be logged (to prove nothing personal is). */
export function createLogger(name: string, level = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      name,
      level,
      base: { service: name },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: safeError, error: safeError },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
