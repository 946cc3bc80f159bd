import { runSubgraph } from '../kit/main';
import { pidu } from './module';

runSubgraph(pidu);
