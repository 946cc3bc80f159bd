import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Personal data must never reach them (DOMAIN.md): these keys are censored wherever they
 * appear up to two levels deep, as a net under the rule that code does not log personal data in the first place.
 */
const SENSITIVE_KEYS = [
  'idNumber', 'idCardNumber', 'phone', 'mobile', 'contactPhone', 'latitude', 'longitude', 'position',
  'authorization', 'token', 'password', 'identity', 'x-qingju-identity',
];
const REDACT_PATHS = SENSITIVE_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`].map((p) => (k.includes('-') ? p.replace(k, `["${k}"]`) : p)));

/** `destination` lets tests read what would be logged (to prove nothing personal is). */
export function createLogger(name: string, level = 'info', destination?: pino.DestinationStream): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  }, destination);
}
