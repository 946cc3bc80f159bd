import path from 'node:path';
import { languageOf } from '../../gateway/messages/language';
import { entryOf, localize, translationOf } from '../../gateway/messages/localize';
import { CATALOGUE_PARTS } from '../../gateway/messages/zh';
import { isTranslated, scanErrorMessages } from '../testkit/tools/error-messages';

/**
 * Every error message written in the source has its Chinese (so a new English message cannot land untranslated),
 * and the catalogue itself is sound. No city needed.
 */
const ROOT = path.join(__dirname, '../..');
const scan = scanErrorMessages(ROOT);

test('every message in the source of the gateway and the subgraphs has a Chinese translation', () => {
  expect(scan.messages.length).toBeGreaterThan(400);
  const missing = scan.messages.filter((m) => !isTranslated(m, entryOf)).map((m) => `${m.at}: ${m.text}`);
  // Listed with where each was written: add them to gateway/messages/zh/ (npm run messages:missing prints stubs).
  expect(missing).toEqual([]);
});

test('the scan follows every message; the few it cannot are errors passed on already formatted', () => {
  // Lines change; what was passed does not. Each of these re-formats an error whose message the scan already saw.
  const unresolved = scan.unresolved.map((u) => u.replace(/:\d+ /, ' '));
  expect(unresolved).toEqual([
    'gateway/errors.ts formatted.message',
    'gateway/errors.ts mask(formatted, error)',
    'gateway/errors.ts formatted.message',
    // A bulk check-in reports per person the message of the refusal attendanceVerdict built (appError, conflict,
    // badInput in projects/rules/attendance.ts), which the scan collects there: the single check-in throws it.
    'subgraphs/projects/actions/attendance.ts verdict.refusal.message',
  ]);
});

test('the scan sees through helpers, templates, tables and fragments (it would catch a new one)', () => {
  const texts = new Set(scan.messages.map((m) => `${m.kind}: ${m.text}`));
  expect(texts).toContain('message: Sign in first.'); // a default parameter of unauthenticated()
  expect(texts).toContain('message: Name one to {} members of your family.'); // a template
  expect(texts).toContain('fragment: sign up'); // passed by callers into `Sign in to ${action}.`
  expect(texts).toContain('message: Too many requests; wait a moment and try again.'); // a gateway constant
  expect(texts).toContain('message: This project needs these skills in your profile: {}.'); // a rule's refusal
  // What an async helper of another file returns, awaited (programCoverRefusal):
  expect(texts).toContain("message: The program {} covers neither the project's category nor its campaign.");
});

test('each entry: Chinese written, its placeholders among the English ones, the same English never twice', () => {
  const seen = new Map<string, string>();
  for (const [part, entries] of Object.entries(CATALOGUE_PARTS))
    for (const [en, zh] of Object.entries(entries)) {
      const names = new Set([...en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      for (const [, name] of zh.matchAll(/\{(\w+)\}/g))
        expect({ en, name, known: names.has(name) }).toMatchObject({ known: true });
      expect({ en, zh: zh.trim().length > 0 }).toEqual({ en, zh: true });
      expect({ en, in: seen.get(en) }).toEqual({ en, in: undefined });
      seen.set(en, part);
    }
});

test('interpolated values pass through unchanged; known fragments are translated in place', () => {
  expect(translationOf('title must be 2-40 characters.')).toBe('title 应为 2-40 个字符。');
  expect(translationOf('There is no district atlantis.')).toBe('没有区县 atlantis。');
  expect(translationOf('first must be between 1 and 100; ask for the next page with after.')).toBe(
    'first 应在 1 到 100 之间，下一页请用 after 获取。',
  );
  expect(translationOf('Only organization admins can publish it.')).toBe('只有组织管理员可以发布项目。');
  expect(translationOf('The app tianfu-citizen-cloud is suspended: its tokens are not accepted.')).toBe(
    '应用 tianfu-citizen-cloud 已暂停，其令牌不被接受。',
  );
  // A refusal inside a message (a family member's): both translated.
  expect(
    translationOf(
      'Member 2 of those you named: This project is for volunteers aged 16 or over on the day of the shift.',
    ),
  ).toBe('您所选的第 2 位成员：该项目仅限班次当天年满 16 周岁的志愿者参加。');
  // A message the catalogue does not know stays English rather than disappear.
  expect(localize('A message nobody translated yet.', 'zh')).toBe('A message nobody translated yet.');
  expect(localize('Sign in first.', 'en')).toBe('Sign in first.');
  expect(localize('Sign in first.', 'zh')).toBe('请先登录。');
});

test('Accept-Language: English only when it outranks Chinese by q-value', () => {
  expect(languageOf(undefined)).toBe('zh');
  expect(languageOf('')).toBe('zh');
  expect(languageOf('en')).toBe('en');
  expect(languageOf('en-US,en;q=0.9')).toBe('en');
  expect(languageOf('zh-CN')).toBe('zh');
  expect(languageOf('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
  expect(languageOf('en;q=0.5, zh-TW;q=0.4')).toBe('en');
  expect(languageOf('zh;q=0.5,en-GB;q=0.8')).toBe('en');
  expect(languageOf('en;q=0.8,*;q=0.9')).toBe('zh');
  expect(languageOf('fr-FR,de;q=0.9')).toBe('zh');
  expect(languageOf('en;q=0')).toBe('zh');
  expect(languageOf('EN-us')).toBe('en');
});

test("graphql-armor's limits and graphql-js's syntax errors read in Chinese, figures kept", () => {
  expect(translationOf('Syntax Error: Query depth limit of 10 exceeded, found 13.')).toBe(
    '语法错误：查询深度超过上限 10（实际为 13）。',
  );
  expect(translationOf('Syntax Error: Unexpected Name "quer".')).toBe('语法错误：Unexpected Name "quer".');
});
