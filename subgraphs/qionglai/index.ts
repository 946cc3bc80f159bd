import { runSubgraph } from '../kit/main';
import { qionglai } from './module';

runSubgraph(qionglai);
