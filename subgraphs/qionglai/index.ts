import { runSubgraph } from '../kit/runtime/main';
import { qionglai } from './module';

runSubgraph(qionglai);
