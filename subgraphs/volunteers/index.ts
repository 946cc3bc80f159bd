import { runSubgraph } from '../kit/runtime/main';
import { volunteers } from './module';

runSubgraph(volunteers);
