import express, { type Router } from 'express';
import { repoPath } from '../subgraphs/kit/runtime/paths';
import { ideTabs } from './graphiql-examples';

/** Where `npm run build` puts the IDE that Vite bundles from gateway/ide/. */
export const IDE_DIR = repoPath('dist', 'ide');

/**
 * Development only (the gateway does not mount it in production): GraphiQL at /graphiql, bundled from
 * node_modules so it works offline and loads nothing from a CDN, opened with saved example tabs for each kind of
 * caller. A browser opening /graphql is sent there instead of Apollo's landing page, which loads from a CDN.
 */
export function graphiql(dir = IDE_DIR): Router {
  const tabs = ideTabs();
  const router = express.Router();
  router.get('/graphiql/examples.json', (_req, res) => void res.json(tabs));
  router.use(
    '/graphiql',
    express.static(dir, {
      // File names under assets/ carry a content hash; the page itself must be fetched anew after a rebuild.
      setHeaders: (res, file) =>
        res.set('Cache-Control', file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    }),
  );
  router.get('/graphiql', (_req, res) => {
    res
      .status(503)
      .type('text')
      .send('The GraphQL IDE is not built: run `npm run build:ide` (npm start builds it), then reload.');
  });
  router.get('/graphql', (req, res, next) => {
    const browser = req.accepts(['application/json', 'text/html']) === 'text/html';
    if (browser && req.query.query === undefined) return res.redirect(302, '/graphiql/');
    next();
  });
  return router;
}
