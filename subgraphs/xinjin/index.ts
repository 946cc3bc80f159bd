import { runSubgraph } from '../kit/runtime/main';
import { xinjin } from './module';

runSubgraph(xinjin);
