import { runSubgraph } from '../kit/main';
import { chenghua } from './module';

runSubgraph(chenghua);
