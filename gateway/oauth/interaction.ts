import { inLanguage } from '../messages/request-language';
import type { ApolloServer } from '@apollo/server';
import express, { type Request, type Response, type Router } from 'express';
import type { CryptoKey } from 'jose';
import type { Provider } from 'oidc-provider';
import { KIND_LABELS, PURPOSE_LABELS, type ConsentPurpose, type DataKind } from '../../subgraphs/kit/city/consent';
import { isPartnerScope, PARTNER_SCOPES } from '../../subgraphs/kit/city/partner-scopes';
import type { Caller } from '../../subgraphs/kit/runtime/caller';
import { signIdentity } from '../../subgraphs/kit/runtime/identity';
import type { Logger } from '../../subgraphs/kit/runtime/log';
import { escapeHtml } from '../pages';
import type { GatewayContext } from '../subgraph-source';
import { operationNamed } from '../trusted-documents';
import type { OAuthGrantConsentMutation } from '../operations/generated/graphql';

/** What a citizen is asked to agree to: the scopes acting for them, with the purposes and kinds of data they imply. */
export function consentRequest(scopes: readonly string[]) {
  const asked = scopes.filter(isPartnerScope).filter((s) => PARTNER_SCOPES[s].forCitizen);
  const purposes = [...new Set(asked.flatMap((s): ConsentPurpose[] => [...PARTNER_SCOPES[s].purposes]))];
  const kinds = [...new Set(asked.flatMap((s): DataKind[] => [...PARTNER_SCOPES[s].kinds]))];
  return { scopes: asked, purposes, kinds };
}

function page(res: Response, title: string, body: string, status = 200) {
  res
    .status(status)
    .type('html')
    .set('cache-control', 'no-store')
    .send(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · 青聚</title>` +
        `</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`,
    );
}

const list = (items: string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;

export interface InteractionOptions {
  provider: Provider;
  apollo: ApolloServer<GatewayContext>;
  identityKey: CryptoKey;
  manifest: Map<string, string>;
  /** The city's own token check (auth.ts): how a citizen proves who they are here. */
  authenticate(authorization: string | undefined): Promise<Caller>;
  log: Logger;
}

/**
 * The OAuth server's pages, in Chinese (mounted at /oauth/interaction): sign-in, then the consent page naming the
 * app, the purposes and the kinds of data. The citizen signs in with their city sign-in token (what the 青聚 app and
 * 天府市民云 hold for a signed-in citizen; `npm run token -- --role volunteer` in development): this server issues
 * tokens to apps, it does not keep passwords. "同意" records the consent (grantConsent, as the citizen) before the
 * grant is saved, so what the app may read is decided by the same consent records as everywhere else.
 */
export function interactionRoutes(opts: InteractionOptions): Router {
  const { provider } = opts;
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '16kb' });

  router.get('/:uid', async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      const client = await provider.Client.find(String(details.params.client_id));
      const appName = client?.clientName ?? String(details.params.client_id);
      const action = `${req.baseUrl}/${encodeURIComponent(details.uid)}`;
      if (details.prompt.name === 'login') {
        return page(
          res,
          `登录后授权「${appName}」`,
          `<p>「${escapeHtml(appName)}」请求以你的身份使用青聚志愿服务平台。请先登录。</p>` +
            `<form method="post" action="${action}/login">` +
            `<label>青聚登录令牌 <input name="token" type="password" autocomplete="off" required></label>` +
            `<button type="submit">登录</button></form>` +
            `<form method="post" action="${action}/abort"><button type="submit">取消</button></form>`,
        );
      }
      const asked = consentRequest(requestedScopes(details));
      return page(
        res,
        `「${appName}」请求你的授权`,
        `<p>同意后，「${escapeHtml(appName)}」可以：</p>` +
          list(asked.scopes.map((s) => PARTNER_SCOPES[s].label)) +
          `<p>用途：</p>${list(asked.purposes.map((p) => PURPOSE_LABELS[p]))}` +
          `<p>涉及的个人信息：</p>${list(asked.kinds.map((k) => KIND_LABELS[k]))}` +
          `<p>你可以随时在青聚的“我的授权”中撤回同意（withdrawConsent）。未满14周岁的志愿者由监护人决定。</p>` +
          `<form method="post" action="${action}/confirm"><button type="submit">同意</button></form>` +
          `<form method="post" action="${action}/abort"><button type="submit">拒绝</button></form>`,
      );
    } catch (err) {
      next(err);
    }
  });

  router.post('/:uid/login', form, async (req, res, next) => {
    try {
      await provider.interactionDetails(req, res);
      const token = typeof req.body?.token === 'string' ? req.body.token.trim() : '';
      const caller = await opts.authenticate(token ? `Bearer ${token}` : undefined).catch(() => null);
      if (caller?.kind !== 'volunteer')
        return page(res, '登录失败', '<p>登录令牌无效或已过期，请在青聚重新登录后再试。</p>', 401);
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: caller.accountId } },
        {
          mergeWithLastSubmission: false,
        },
      );
    } catch (err) {
      next(err);
    }
  });

  router.post('/:uid/confirm', form, async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      const accountId = details.session?.accountId;
      const clientId = String(details.params.client_id);
      if (details.prompt.name !== 'consent' || !accountId)
        return page(res, '无法授权', '<p>请从应用重新发起授权。</p>', 400);
      const asked = consentRequest(requestedScopes(details));
      if (asked.purposes.length > 0) {
        const refused = await recordConsent(opts, req, accountId, clientId, asked);
        if (refused) {
          await provider.interactionFinished(req, res, { error: 'access_denied', error_description: refused });
          return;
        }
      }
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId, clientId });
      if (!grant) return page(res, '无法授权', '<p>授权已失效，请从应用重新发起。</p>', 400);
      const missing = details.prompt.details;
      if (Array.isArray(missing.missingOIDCScope)) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      for (const [resource, scopes] of Object.entries(
        (missing.missingResourceScopes ?? {}) as Record<string, string[]>,
      ))
        grant.addResourceScope(resource, scopes.join(' '));
      const grantId = await grant.save();
      opts.log.info({ clientId }, 'oauth grant given');
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    } catch (err) {
      next(err);
    }
  });

  router.post('/:uid/abort', async (req, res, next) => {
    try {
      await provider.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'The citizen did not authorize the app.',
      });
    } catch (err) {
      next(err);
    }
  });

  return router;
}

/** The scopes the app asked for in this authorization request. */
function requestedScopes(details: Awaited<ReturnType<Provider['interactionDetails']>>): string[] {
  return String(details.params.scope ?? '').split(' ');
}

/**
 * Records the citizen's consent to the app through the gateway, as the citizen: grantConsent replaces one in force to
 * the same app, keeping history. Returns why it was refused (an under-14's consent is the guardian's, an unregistered
 * citizen has no record to share), or null.
 */
async function recordConsent(
  opts: InteractionOptions,
  req: Request,
  accountId: string,
  appId: string,
  asked: { purposes: ConsentPurpose[]; kinds: DataKind[] },
): Promise<string | null> {
  const caller: Caller = { kind: 'volunteer', accountId };
  const identity = await signIdentity(caller, opts.identityKey);
  // A refusal travels back to the app as the redirect's error_description, which OAuth 2 (RFC 6749, 4.1.2.1) keeps
  // to ASCII: the app gets the English text, whatever language the citizen's consent page is in.
  const res = await inLanguage('en', () =>
    opts.apollo.executeOperation(
      {
        query: operationNamed(opts.manifest, 'OAuthGrantConsent'),
        variables: { input: { recipient: 'APP', appId, purposes: asked.purposes, kinds: asked.kinds } },
      },
      { contextValue: { caller, identity, ip: req.ip ?? 'unknown' } },
    ),
  );
  if (res.body.kind !== 'single') throw new Error('unexpected incremental response');
  const { data, errors } = res.body.singleResult as { data?: OAuthGrantConsentMutation | null; errors?: unknown[] };
  if (data?.grantConsent) return null;
  const first = errors?.[0] as { message?: string } | undefined;
  return first?.message ?? 'The consent could not be recorded.';
}
