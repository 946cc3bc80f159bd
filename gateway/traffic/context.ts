import type { DataSource } from 'typeorm';
import type { Caller } from '../../subgraphs/kit/runtime/caller';
import type { Loaders } from './data/loaders';

/** What this subgraph's resolvers receive: the caller the gateway verified, and this request's loaders. */
export interface LocalContext {
  caller: Caller;
  loaders: Loaders;
  /** The gateway's own schema (traffic), for the partner-call trail's pages. */
  db: DataSource;
}
