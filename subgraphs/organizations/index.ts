import { runSubgraph } from '../kit/runtime/main';
import { organizations } from './module';

runSubgraph(organizations);
