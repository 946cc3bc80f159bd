import { runSubgraph } from '../kit/runtime/main';
import { majorevents } from './module';

runSubgraph(majorevents);
