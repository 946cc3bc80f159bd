import { runSubgraph } from '../kit/runtime/main';
import { projects } from './module';

runSubgraph(projects);
