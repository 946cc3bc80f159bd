import type { Express } from 'express';
import { createHttpApp, type ReadinessCheck } from '../subgraphs/kit/runtime/http';
import type { Metrics } from './metrics';

/**
 * The operations app, served on its own port (OPS_PORT, loopback by default) and never on the public one: metrics
 * and readiness per subgraph tell whoever reads them how the city is built and which part is down right now.
 * `/health` and a bare `/ready` status stay on the public port for balancers.
 */
export function opsApp(readiness: ReadinessCheck, isStopping: () => boolean, metrics: Metrics): Express {
  const app = createHttpApp(readiness, isStopping, { degradedIsReady: true });
  app.get('/metrics', async (_req, res) => {
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return app;
}
