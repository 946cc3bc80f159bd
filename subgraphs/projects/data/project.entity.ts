import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('project')
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  /** The publishing organization, owned by the organizations subgraph: a reference by key, no foreign key. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'district_code', type: 'varchar', length: 32 })
  districtCode: string;

  @Column({ name: 'category_code', type: 'varchar', length: 32, nullable: true })
  categoryCode: string | null;

  @Column({ name: 'subcategory_code', type: 'varchar', length: 64, nullable: true })
  subcategoryCode: string | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  address: string;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true })
  latitude: string | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true })
  longitude: string | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 40, default: '' })
  contactName: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 20, default: '' })
  contactPhone: string;

  @Column({ name: 'min_age', type: 'int', nullable: true })
  minAge: number | null;

  @Column({ name: 'required_skills', type: 'text', array: true, default: '{}' })
  requiredSkills: string[];

  /** A training course volunteers must have completed to sign up (the volunteers subgraph's catalogue code). */
  @Column({ name: 'required_course_code', type: 'varchar', length: 40, nullable: true })
  requiredCourseCode: string | null;

  @Column({ name: 'risk_level', type: 'varchar', length: 8, default: 'LOW' })
  riskLevel: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  insurer: string | null;

  @Column({ name: 'insurance_policy_no', type: 'varchar', length: 64, nullable: true })
  insurancePolicyNo: string | null;

  @Column({ name: 'insurance_covers_from', type: 'date', nullable: true })
  insuranceCoversFrom: string | null;

  @Column({ name: 'insurance_covers_until', type: 'date', nullable: true })
  insuranceCoversUntil: string | null;

  /** The insurance program covering the project's volunteers instead of (or besides) a policy of its own. */
  @Column({ name: 'insurance_program_id', type: 'uuid', nullable: true })
  insuranceProgramId: string | null;

  /** The city-wide campaign the project serves under, if any. */
  @Column({ name: 'campaign_code', type: 'varchar', length: 40, nullable: true })
  campaignCode: string | null;

  /** The need (owned elsewhere) this project was made from. */
  @Column({ name: 'need_id', type: 'uuid', nullable: true })
  needId: string | null;

  @Column({ name: 'share_code', type: 'varchar', length: 16 })
  shareCode: string;

  @Column({ name: 'cover_image_url', type: 'varchar', length: 500, nullable: true })
  coverImageUrl: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 200, nullable: true })
  cancelReason: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
