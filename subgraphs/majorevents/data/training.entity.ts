import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A training session of an event; one with a course code completes that course for its attendees. */
@Entity('training_session')
export class TrainingSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 80 })
  title: string;

  @Column({ name: 'course_code', type: 'varchar', length: 40, nullable: true })
  courseCode: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** numeric(5,2): pg hands it over as text. */
  @Column({ name: 'study_hours', type: 'numeric', precision: 5, scale: 2 })
  studyHours: string;
}
