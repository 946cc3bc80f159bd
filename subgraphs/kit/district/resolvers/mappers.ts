/**
 * What the district base's resolvers receive as parents (codegen.ts maps `<Type>` to `<Type>Mapper`).
 * `DistrictPlatform` stands for every district's `<Code>Platform`.
 */
import type { PlatformEntity } from '../platform.entity';

/** The platform row, as the loader reads it. */
export type DistrictPlatformMapper = PlatformEntity;

/** Districts belong to the organizations subgraph: the gateway hands a district subgraph the key alone. */
export type DistrictMapper = { code: string };

/** A person's export and access log: keyed by their volunteer id alone. */
export type PersonalDataExportMapper = { volunteerId: string };
export type AccessLogMapper = { volunteerId: string };
