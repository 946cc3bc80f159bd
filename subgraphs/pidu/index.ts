import { runSubgraph } from '../kit/runtime/main';
import { pidu } from './module';

runSubgraph(pidu);
