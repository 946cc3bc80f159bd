import { runSubgraph } from '../kit/runtime/main';
import { chenghua } from './module';

runSubgraph(chenghua);
