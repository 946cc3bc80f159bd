import crypto from 'node:crypto';

/**
 * What a partner app's server does against the city's OAuth server, by hand over HTTP so each step is visible: a
 * cookie jar for the citizen's browser, token requests with HTTP Basic client authentication, and PKCE.
 */
export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  /** One request without following redirects; cookies kept as a browser would (paths ignored: one site). */
  async fetch(pathOrUrl: string, init: RequestInit = {}): Promise<Response> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.base}${pathOrUrl}`;
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || pair.slice(eq + 1) === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1));
    }
    return res;
  }

  /** Follows redirects within the city until one leaves it (the app's redirect URI); returns that URL. */
  async follow(res: Response): Promise<{ res: Response; location?: URL }> {
    let current = res;
    for (let hops = 0; hops < 10; hops++) {
      const location = current.headers.get('location');
      if (!location || current.status < 300 || current.status >= 400) return { res: current };
      const next = new URL(location, this.base);
      if (next.origin !== new URL(this.base).origin) return { res: current, location: next };
      current = await this.fetch(next.pathname + next.search);
    }
    throw new Error('too many redirects');
  }

  /** Submits a form of the page at `action` (a path). */
  submit(action: string, fields: Record<string, string> = {}) {
    return this.fetch(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

/** A PKCE verifier and its S256 challenge. */
export function pkce() {
  const verifier = crypto.randomBytes(32).toString('base64url');
  return { verifier, challenge: crypto.createHash('sha256').update(verifier).digest('base64url') };
}

export interface TokenAnswer {
  status: number;
  body: Record<string, string | number | undefined> & {
    access_token?: string;
    refresh_token?: string;
    error?: string;
  };
}

/** A request to the token (or revocation) endpoint, the client authenticated with HTTP Basic. */
export async function tokenRequest(
  base: string,
  client: { clientId: string; secret: string },
  params: Record<string, string>,
  endpoint = '/oauth/token',
): Promise<TokenAnswer> {
  const basic = Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.secret)}`).toString(
    'base64',
  );
  const res = await fetch(`${base}${endpoint}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
    body: new URLSearchParams(params).toString(),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as TokenAnswer['body']) : {} };
}

/**
 * The citizen's browser from an app's authorization request (PKCE) to the redirect back: the sign-in page, sign-in
 * with their city token, the consent page, "同意". Returns the pages on the way for tests that look at them.
 */
export async function authorizeInBrowser(
  base: string,
  opts: {
    clientId: string;
    redirectUri: string;
    scope: string;
    challenge: string;
    citizenToken: string;
    state?: string;
  },
) {
  const browser = new Browser(base);
  const query = new URLSearchParams({
    client_id: opts.clientId,
    response_type: 'code',
    redirect_uri: opts.redirectUri,
    scope: opts.scope,
    ...(opts.state ? { state: opts.state } : {}),
    code_challenge: opts.challenge,
    code_challenge_method: 'S256',
  });
  let { res } = await browser.follow(await browser.fetch(`/oauth/auth?${query}`));
  const login = { status: res.status, page: await res.text() };
  const uid = /action="\/oauth\/interaction\/([^/"]+)\/login"/.exec(login.page)?.[1];
  if (!uid) throw new Error(`no sign-in page (${res.status})`);
  ({ res } = await browser.follow(
    await browser.submit(`/oauth/interaction/${uid}/login`, { token: opts.citizenToken }),
  ));
  const consent = { status: res.status, page: await res.text() };
  const consentUid = /action="\/oauth\/interaction\/([^/"]+)\/confirm"/.exec(consent.page)?.[1];
  if (!consentUid) throw new Error(`no consent page (${res.status})`);
  const back = await browser.follow(await browser.submit(`/oauth/interaction/${consentUid}/confirm`));
  return { login, consent, redirect: back.location!, status: back.res.status, browser };
}

/**
 * A citizen authorizes an app in their browser (sign-in with their city token, then "同意" on the consent page) and the
 * app redeems the code with its PKCE verifier: the citizen's access token for the app.
 */
export async function citizenAccessToken(
  base: string,
  client: { clientId: string; secret: string },
  opts: { redirectUri: string; scope: string; citizenToken: string },
): Promise<string> {
  const { verifier, challenge } = pkce();
  const back = await authorizeInBrowser(base, { clientId: client.clientId, challenge, ...opts });
  const code = back.redirect?.searchParams.get('code');
  if (!code) throw new Error(`no code: ${back.redirect?.searchParams.get('error_description') ?? back.status}`);
  const tokens = await tokenRequest(base, client, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: opts.redirectUri,
    code_verifier: verifier,
  });
  if (!tokens.body.access_token) throw new Error(`no access token: ${tokens.body.error}`);
  return tokens.body.access_token;
}
