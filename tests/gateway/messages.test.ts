import { startCity, type City } from '../testkit/city';
import { cityAdminToken } from '../testkit/tokens';

/**
 * Error messages are Chinese unless the request's Accept-Language prefers English; the code never changes. Sent
 * by hand (fetch) so that "no header at all" is really no header: the testkit's client asks for English.
 */
let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

type Answer = { status: number; errors: { message: string; extensions?: { code?: string } }[] };

async function ask(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(city.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const json = (await res.json()) as { errors?: Answer['errors'] };
  return { status: res.status, errors: json.errors ?? [] };
}
const operation = (query: string) => JSON.stringify({ query });

/** The same request in three languages: none asked, English preferred, Chinese asked. */
async function inEachLanguage(body: string, headers: Record<string, string> = {}) {
  const [none, english, chinese] = await Promise.all([
    ask(body, headers),
    ask(body, { ...headers, 'accept-language': 'en-US,en;q=0.9' }),
    ask(body, { ...headers, 'accept-language': 'zh-CN' }),
  ]);
  return { none, english, chinese };
}

const SIGN_UP = operation('mutation { signUp(shiftId: "40000000-0000-4000-8000-000000000001") { id } }');

test('an anonymous sign-up: Chinese by default and for zh-CN, English for en-US,en;q=0.9, the same code', async () => {
  const { none, english, chinese } = await inEachLanguage(SIGN_UP);
  expect(english.errors[0]).toMatchObject({ message: 'Sign in to sign up.', extensions: { code: 'UNAUTHENTICATED' } });
  // The action ("sign up") is a fragment the catalogue translates inside the sentence.
  expect(none.errors[0]).toMatchObject({ message: '请先登录再报名。', extensions: { code: 'UNAUTHENTICATED' } });
  expect(chinese.errors[0]).toEqual(none.errors[0]);
  expect([none.status, english.status, chinese.status]).toEqual([200, 200, 200]);
});

test('English wins only by q-value: zh first with English second is Chinese, a lower zh is English', async () => {
  const zhFirst = await ask(SIGN_UP, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' });
  expect(zhFirst.errors[0].message).toBe('请先登录再报名。');
  const enFirst = await ask(SIGN_UP, { 'accept-language': 'zh;q=0.5,en-GB;q=0.8' });
  expect(enFirst.errors[0].message).toBe('Sign in to sign up.');
  const other = await ask(SIGN_UP, { 'accept-language': 'fr-FR' });
  expect(other.errors[0].message).toBe('请先登录再报名。');
});

test('interpolated values pass through unchanged: a page size (kit), a district code (organizations)', async () => {
  const page = await inEachLanguage(operation('{ projects(first: 5000) { totalCount } }'));
  expect(page.english.errors[0].message).toBe('first must be between 1 and 100; ask for the next page with after.');
  expect(page.none.errors[0]).toMatchObject({
    message: 'first 应在 1 到 100 之间，下一页请用 after 获取。',
    extensions: { code: 'BAD_USER_INPUT' },
  });
  expect(page.english.errors[0].extensions).toEqual(page.none.errors[0].extensions);

  const admin = { authorization: `Bearer ${await cityAdminToken(city)}` };
  const district = await inEachLanguage(
    operation('mutation { addDistrictAdmin(district: "atlantis", accountId: "someone-new") { name } }'),
    admin,
  );
  expect(district.english.errors[0]).toMatchObject({
    message: 'There is no district "atlantis"; use one of the 23 district codes, such as pidu or jinjiang.',
    extensions: { code: 'BAD_USER_INPUT' },
  });
  expect(district.none.errors[0]).toEqual({
    ...district.english.errors[0],
    message: '没有区县 "atlantis"，请使用 23 个区县代码之一，例如 pidu 或 jinjiang。',
  });
});

test('volunteers and a district platform (Wuhou) answer in Chinese too; street names stay as written', async () => {
  const list = await inEachLanguage(operation('{ volunteers(first: 1) { totalCount } }'));
  expect(list.english.errors[0].message).toBe('Sign in as a district or city admin to list volunteers.');
  expect(list.none.errors[0]).toMatchObject({
    message: '请以区县或市级管理员身份登录后查看志愿者名单。',
    extensions: { code: list.english.errors[0].extensions?.code },
  });

  const street = await inEachLanguage(operation('{ wuhou { needs(street: "Nowhere") { edges { node { id } } } } }'));
  const english = street.english.errors[0].message;
  expect(english).toMatch(/^street must be one of Wuhou's streets: (.+)\.$/);
  const streets = /: (.+)\.$/.exec(english)![1];
  expect(street.none.errors[0]).toEqual({
    ...street.english.errors[0],
    message: `street 应为武侯区的街道之一：${streets}。`,
  });
});

test("the gateway's own refusals: a bad token (before anything runs), bad JSON, an unknown field", async () => {
  const token = await inEachLanguage(operation('{ me { id } }'), { authorization: 'Bearer not-a-token' });
  expect(token.english).toMatchObject({ status: 401, errors: [{ message: 'The token is not valid; sign in again.' }] });
  expect(token.none).toMatchObject({
    status: 401,
    errors: [{ message: '登录凭证无效，请重新登录。', extensions: { code: 'UNAUTHENTICATED' } }],
  });

  const json = await inEachLanguage('{"query": ');
  expect(json.english.errors[0].message).toBe('The request body is not valid JSON.');
  expect(json.none).toMatchObject({
    status: 400,
    errors: [{ message: '请求内容不是有效的 JSON。', extensions: { code: 'BAD_REQUEST' } }],
  });

  const field = await inEachLanguage(operation('{ projects(first: 1) { nonsense } }'));
  expect(field.english.errors[0].message).toMatch(/^Cannot query field "nonsense" on type "ProjectConnection"\./);
  expect(field.none.errors[0]).toMatchObject({
    message: expect.stringMatching(/^类型 "ProjectConnection" 上没有字段 "nonsense"。/),
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
  });
});
