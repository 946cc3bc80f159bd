import type { PlatformLoaders } from '../../kit/district';
import type { SubgraphContext } from '../../kit/subgraph';
import type { Loaders } from '../data/loaders';

export type Ctx = SubgraphContext<PlatformLoaders & Loaders>;
