import { runSubgraph } from '../kit/main';
import { shuangliu } from './module';

runSubgraph(shuangliu);
