import { runSubgraph } from '../kit/main';
import { wuhou } from './module';

runSubgraph(wuhou);
