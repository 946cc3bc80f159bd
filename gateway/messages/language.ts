/** The languages error messages are written in: Chinese for everyone, English for whoever prefers it. */
export type Language = 'zh' | 'en';

/**
 * The language an `Accept-Language` header (RFC 9110) asks for: English only when some English range has a higher
 * q-value than every Chinese one (and than `*`, which Chinese answers); Chinese otherwise, and with no header at all.
 * `en-US,en;q=0.9` is English; `zh-CN,en;q=0.8`, `en;q=0.5,zh;q=0.9`, `fr` and an empty header are Chinese.
 */
export function languageOf(header: string | undefined | null): Language {
  if (!header) return 'zh';
  let en = 0;
  let zh = 0;
  for (const part of header.split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q)) continue;
    const tag = range.trim();
    if (tag === 'en' || tag.startsWith('en-')) en = Math.max(en, q);
    else if (tag === 'zh' || tag.startsWith('zh-') || tag === '*') zh = Math.max(zh, q);
  }
  return en > zh ? 'en' : 'zh';
}
