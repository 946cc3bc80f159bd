import { runSubgraph } from '../kit/runtime/main';
import { wuhou } from './module';

runSubgraph(wuhou);
