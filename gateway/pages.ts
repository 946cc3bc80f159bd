import type { ApolloServer } from '@apollo/server';
import type { Request, Response } from 'express';
import icalGenerator from 'ical-generator';
import { ANONYMOUS } from '../subgraphs/kit/runtime/caller';
import { signIdentity } from '../subgraphs/kit/runtime/identity';
import type { CryptoKey } from 'jose';
import { operationNamed } from './trusted-documents';
import type { GatewayContext } from './subgraph-source';
import type { CalendarFeedQuery, SharePageQuery } from './operations/generated/graphql';

/** Runs one of our own operations through the gateway as an anonymous caller: the same plan, limits and masking. */
async function runAnonymous(
  apollo: ApolloServer<GatewayContext>,
  identityKey: CryptoKey,
  req: Request,
  query: string,
  variables: Record<string, unknown>,
) {
  const res = await apollo.executeOperation(
    { query, variables },
    {
      contextValue: {
        caller: ANONYMOUS,
        identity: await signIdentity(ANONYMOUS, identityKey),
        ip: req.ip ?? 'unknown',
      },
    },
  );
  if (res.body.kind !== 'single') throw new Error('unexpected incremental response');
  return res.body.singleResult;
}

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const SHARE_CODE = /^[A-Za-z0-9]{4,16}$/;
const FEED_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

function notFoundPage(res: Response, message: string) {
  res
    .status(404)
    .type('html')
    .send(
      `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>青聚</title><p>${escapeHtml(message)}</p></html>`,
    );
}

/**
 * GET /p/:code — the page behind a one-tap share link (一键分享): Open Graph tags so chat apps render a card
 * (title, description, image, district, dates), and a link into the app's project page.
 */
export function sharePage(
  apollo: ApolloServer<GatewayContext>,
  identityKey: CryptoKey,
  manifest: Map<string, string>,
  publicUrl: string,
  appUrl: string,
) {
  const query = operationNamed(manifest, 'SharePage');
  return async (req: Request, res: Response) => {
    const code = String(req.params.code);
    if (!SHARE_CODE.test(code)) return notFoundPage(res, '这个分享链接无效。');
    const result = await runAnonymous(apollo, identityKey, req, query, { code });
    const p = (result.data as SharePageQuery | undefined)?.projectByShareCode;
    if (!p) return notFoundPage(res, result.errors ? '项目暂时无法显示，请稍后再试。' : '这个项目不存在或已下线。');
    const dates = p.startsOn === p.endsOn ? p.startsOn : `${p.startsOn} 至 ${p.endsOn}`;
    const summary = `${p.district.name} · ${dates} · ${p.organization.name}`;
    const description = `${summary}。${String(p.description).slice(0, 120)}`;
    const pageUrl = `${publicUrl}/p/${p.shareCode}`;
    const appLink = `${appUrl}/projects/${p.id}`;
    const meta: [string, string][] = [
      ['og:type', 'website'],
      ['og:site_name', '青聚 · 志愿服务'],
      ['og:title', p.title],
      ['og:description', description],
      ['og:url', pageUrl],
      ...(p.coverImageUrl ? [['og:image', p.coverImageUrl] as [string, string]] : []),
      ['qingju:district', p.district.name],
      ['qingju:starts_on', p.startsOn],
      ['qingju:ends_on', p.endsOn],
    ];
    res.type('html').set('Cache-Control', 'public, max-age=300').send(`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)} · 青聚</title>
<meta name="description" content="${escapeHtml(description)}">
${meta.map(([k, v]) => `<meta property="${k}" content="${escapeHtml(v)}">`).join('\n')}
<link rel="canonical" href="${escapeHtml(pageUrl)}">
</head>
<body>
<h1>${escapeHtml(p.title)}</h1>
<p>${escapeHtml(summary)}</p>
<p>${escapeHtml(p.address)}</p>
<p>${escapeHtml(p.description)}</p>
<p><a href="${escapeHtml(appLink)}">打开青聚，一键报名</a></p>
</body>
</html>`);
  };
}

/**
 * GET /calendar/:token.ics — a volunteer's shifts as an iCalendar feed that calendar apps subscribe to. The token
 * is the volunteer's secret feed token (rotatable in the app); times are written in UTC, which every client reads.
 */
export function calendarFeed(
  apollo: ApolloServer<GatewayContext>,
  identityKey: CryptoKey,
  manifest: Map<string, string>,
  publicUrl: string,
) {
  const query = operationNamed(manifest, 'CalendarFeed');
  return async (req: Request, res: Response) => {
    const token = String(req.params.token);
    if (!FEED_TOKEN.test(token)) return void res.status(404).type('text').send('Unknown calendar feed.');
    const result = await runAnonymous(apollo, identityKey, req, query, { token });
    const feed = (result.data as CalendarFeedQuery | undefined)?.calendarFeed;
    if (!feed)
      return void res
        .status(result.errors ? 503 : 404)
        .type('text')
        .send(result.errors ? 'Try again shortly.' : 'Unknown calendar feed.');
    const cal = icalGenerator({
      name: '青聚志愿服务',
      prodId: { company: 'Qingju', product: 'volunteer-calendar', language: 'ZH' },
      ttl: 3600,
    });
    for (const e of feed.entries) {
      cal.createEvent({
        id: `${e.id}@qingju`,
        start: new Date(e.shift.startsAt),
        end: new Date(e.shift.endsAt),
        summary: e.status === 'WAITLISTED' ? `（候补）${e.project.title}` : e.project.title,
        location: e.project.address,
        description: `${e.project.organization.name} · ${e.project.district.name}`,
        url: `${publicUrl}/p/${e.project.shareCode}`,
      });
    }
    res.type('text/calendar; charset=utf-8').set('Cache-Control', 'private, max-age=300').send(cal.toString());
  };
}
