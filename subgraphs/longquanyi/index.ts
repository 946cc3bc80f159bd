import { runSubgraph } from '../kit/main';
import { longquanyi } from './module';

runSubgraph(longquanyi);
