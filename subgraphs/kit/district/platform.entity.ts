import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The one row describing a district's customized platform, in that district subgraph's own schema. */
@Entity('platform')
export class PlatformEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 40 })
  title: string;

  @Column({ type: 'varchar', length: 120 })
  slogan: string;

  @Column({ name: 'launched_on', type: 'date' })
  launchedOn: string;

  @Column({ type: 'text', array: true })
  features: string[];
}
