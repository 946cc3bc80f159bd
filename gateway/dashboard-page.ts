import express, { type Router } from 'express';
import { repoPath } from '../subgraphs/kit/runtime/paths';

/** Where `npm run build` puts the dashboard page that Vite bundles from gateway/dashboard/. */
export const DASHBOARD_DIR = repoPath('dist', 'dashboard');

/**
 * The page talks to this gateway's /graphql and nothing else; ECharts sets inline styles on its elements and draws
 * on canvases (exported as data: images), hence those two allowances.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The city's big-data dashboard page at /dashboard (issue 13.6), in production as well: a static bundle that signs
 * in with a pasted statistics-viewer or district-admin token and reads the figures through the registered
 * operations `CityStatistics` and `DistrictStatistics`, like any client. Access is the API's to decide; the page
 * holds no data of its own.
 */
export function dashboardPage(dir = DASHBOARD_DIR): Router {
  const router = express.Router();
  router.use(
    '/dashboard',
    express.static(dir, {
      // File names under assets/ carry a content hash; the page itself must be fetched anew after a rebuild.
      setHeaders: (res, file) => {
        res.set('Cache-Control', file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        if (file.endsWith('.html')) res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      },
    }),
  );
  router.get('/dashboard', (_req, res) => {
    res
      .status(503)
      .type('text')
      .send('The dashboard page is not built: run `npm run build:dashboard` (npm start builds it), then reload.');
  });
  return router;
}
