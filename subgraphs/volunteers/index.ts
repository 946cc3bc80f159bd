import { runSubgraph } from '../kit/main';
import { volunteers } from './module';

runSubgraph(volunteers);
