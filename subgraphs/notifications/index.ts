import { runSubgraph } from '../kit/runtime/main';
import { notifications } from './module';

runSubgraph(notifications);
