import type { PlatformLoaders } from '../../kit/district/platform';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';

export type Ctx = SubgraphContext<PlatformLoaders & Loaders>;
