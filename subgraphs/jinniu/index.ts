import { runSubgraph } from '../kit/main';
import { jinniu } from './module';

runSubgraph(jinniu);
