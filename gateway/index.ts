import { onShutdownSignal } from '../subgraphs/kit/runtime/http';
import { createLogger } from '../subgraphs/kit/runtime/log';
import { runGateway } from './main';

const log = createLogger('gateway');
runGateway(process.env).then(
  (gateway) => onShutdownSignal(() => gateway.stop(), log),
  (err: unknown) => {
    log.fatal({ err }, 'gateway failed to start');
    process.exit(1);
  },
);
