import { CATALOGUE } from './zh';
import type { Language } from './language';

/**
 * English error messages to Chinese, by the catalogue in ./zh. An entry's English is a template: `{name}` stands
 * for an interpolated value (an id, a number, a date, a field name, a person's chosen name), which passes through
 * unchanged, unless it is itself a fragment the catalogue translates ("sign up" in "Sign in to {action}.").
 */
interface Entry {
  en: string;
  zh: string;
  pattern: RegExp;
  names: string[];
  /** Letters outside placeholders: the more, the more specific; the most specific matching entry wins. */
  weight: number;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(en: string, zh: string): Entry {
  const names: string[] = [];
  let source = '';
  let last = 0;
  for (const m of en.matchAll(PLACEHOLDER)) {
    source += `${escape(en.slice(last, m.index))}(.*?)`;
    names.push(m[1]);
    last = m.index + m[0].length;
  }
  source += escape(en.slice(last));
  return { en, zh, names, pattern: new RegExp(`^${source}$`, 's'), weight: en.replace(PLACEHOLDER, '').length };
}

const exact = new Map<string, string>();
const templates: Entry[] = [];
for (const [en, zh] of Object.entries(CATALOGUE)) {
  if (en.match(PLACEHOLDER)) templates.push(compile(en, zh));
  else exact.set(en, zh);
}
templates.sort((a, b) => b.weight - a.weight);

/** Fragments inside fragments stop here: a value is data unless the catalogue knows it within two levels. */
const MAX_DEPTH = 2;

/** The English key of the catalogue entry that translates `message`, or null: the entry a scan checks. */
export function entryOf(message: string): string | null {
  if (exact.has(message)) return message;
  return templates.find((entry) => entry.pattern.test(message))?.en ?? null;
}

/** The Chinese of `message`, or null when the catalogue has no entry for it. */
export function translationOf(message: string, depth = 0): string | null {
  const whole = exact.get(message);
  if (whole !== undefined) return whole;
  for (const entry of templates) {
    const m = entry.pattern.exec(message);
    if (!m) continue;
    const values = new Map(entry.names.map((name, i) => [name, m[i + 1]]));
    return entry.zh.replace(PLACEHOLDER, (all, name: string) => {
      const value = values.get(name);
      if (value === undefined) return all;
      return (depth < MAX_DEPTH && translationOf(value, depth + 1)) || value;
    });
  }
  return null;
}

/** `message` in `language`: English as written; Chinese from the catalogue, or English when it has no entry yet. */
export function localize(message: string, language: Language): string {
  if (language === 'en') return message;
  return translationOf(message) ?? message;
}
