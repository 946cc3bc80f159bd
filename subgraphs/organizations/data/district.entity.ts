import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of the city's district list, loaded from subgraphs/kit/city/data/districts.json by a migration. */
@Entity('district')
export class DistrictEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 32 })
  name: string;

  @Column({ name: 'division_code', type: 'char', length: 6, nullable: true })
  divisionCode: string | null;

  @Column({ type: 'varchar', length: 24 })
  kind: string;

  @Column({ type: 'smallint' })
  position: number;
}
