import { runSubgraph } from '../kit/runtime/main';
import { shuangliu } from './module';

runSubgraph(shuangliu);
