import { runSubgraph } from '../kit/main';
import { xinjin } from './module';

runSubgraph(xinjin);
