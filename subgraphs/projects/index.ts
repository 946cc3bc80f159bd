import { runSubgraph } from '../kit/main';
import { projects } from './module';

runSubgraph(projects);
