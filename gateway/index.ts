import { onShutdownSignal } from '../subgraphs/kit/http';
import { createLogger } from '../subgraphs/kit/log';
import { runGateway } from './main';

const log = createLogger('gateway');
runGateway(process.env).then(
  (gateway) => onShutdownSignal(() => gateway.stop(), log),
  (err: unknown) => {
    log.fatal({ err }, 'gateway failed to start');
    process.exit(1);
  },
);
