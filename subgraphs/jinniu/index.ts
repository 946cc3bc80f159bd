import { runSubgraph } from '../kit/runtime/main';
import { jinniu } from './module';

runSubgraph(jinniu);
