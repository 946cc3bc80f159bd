import { runSubgraph } from '../kit/runtime/main';
import { longquanyi } from './module';

runSubgraph(longquanyi);
