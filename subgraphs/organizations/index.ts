import { runSubgraph } from '../kit/main';
import { organizations } from './module';

runSubgraph(organizations);
