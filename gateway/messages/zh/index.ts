import gateway from './gateway.json';
import graphql from './graphql.json';
import kit from './kit.json';
import fragments from './fragments.json';
import volunteers from './volunteers.json';
import organizations from './organizations.json';
import projects from './projects.json';
import notifications from './notifications.json';
import majorevents from './majorevents.json';
import pidu from './pidu.json';
import xinjin from './xinjin.json';
import qionglai from './qionglai.json';
import wuhou from './wuhou.json';
import jinniu from './jinniu.json';
import longquanyi from './longquanyi.json';
import chenghua from './chenghua.json';
import shuangliu from './shuangliu.json';

/**
 * English → Chinese for every error message clients may read, one file per part of the city, so that people adding
 * messages in parallel rarely touch the same file (JSON: no line-length rule splits a long sentence; keys stay
 * greppable). `{name}` in a key is an interpolated value; the Chinese places it where Chinese puts it.
 *
 * - gateway: the gateway's own (tokens, limits, rate limits, trusted documents, masked failures, HTTP errors);
 * - graphql: what graphql-js and Apollo Server write most often (unknown field, missing argument or variable,
 *   syntax error) and the reasons of a bad variable; their rarer messages stay English, the code says the kind;
 * - kit: subgraphs/kit, which every subgraph may send;
 * - fragments: words interpolated into messages (an action, a status) that are translated where they land;
 * - one per subgraph of the registry.
 *
 * `npm run messages:missing` lists the messages written in the source that have no entry yet, as stubs to fill in.
 */
export const CATALOGUE_PARTS: Record<string, Readonly<Record<string, string>>> = {
  gateway,
  graphql,
  kit,
  fragments,
  volunteers,
  organizations,
  projects,
  notifications,
  majorevents,
  pidu,
  xinjin,
  qionglai,
  wuhou,
  jinniu,
  longquanyi,
  chenghua,
  shuangliu,
};

export const CATALOGUE: Readonly<Record<string, string>> = Object.assign({}, ...Object.values(CATALOGUE_PARTS));
