/**
 * What this subgraph's resolvers receive as the parent of each type: entity rows, figures, and the keys of entities
 * other subgraphs own (codegen.ts maps `<Type>` to `<Type>Mapper`).
 */
import type { Figures } from '../data/figures.repository';
import type { ApplicationEntity } from '../data/application.entity';
import type { DeploymentEntity } from '../data/deployment.entity';
import type { MajorEventEntity } from '../data/event.entity';
import type { RoleNeedEntity } from '../data/need.entity';
import type { EventRoleEntity } from '../data/role.entity';
import type { NeedsRoundEntity } from '../data/round.entity';
import type { EventShiftEntity } from '../data/shift.entity';
import type { TrainingSessionEntity } from '../data/training.entity';

export type MajorEventMapper = MajorEventEntity;
export type MajorEventNeedsRoundMapper = NeedsRoundEntity;
export type MajorEventRoleNeedMapper = RoleNeedEntity;
export type MajorEventRoleMapper = EventRoleEntity;
export type MajorEventApplicationMapper = ApplicationEntity;
export type MajorEventTrainingSessionMapper = TrainingSessionEntity;
export type MajorEventShiftMapper = EventShiftEntity;
export type MajorEventDeploymentMapper = DeploymentEntity;
export type MajorEventFiguresMapper = Figures;
export type MajorEventYearFiguresMapper = { year: number; events: number; figures: Figures };
export type MajorEventTeamInvitationMapper = {
  team: { id: string };
  role: EventRoleEntity;
  applications: ApplicationEntity[];
  alreadyApplied: number;
  missingCourse: number;
};

// Entities other subgraphs own: the gateway hands this one their key alone.
export type OrganizationMapper = { id: string };
export type DistrictMapper = { code: string };
export type VolunteerMapper = { id: string };
export type TeamMapper = { id: string };
export type PersonalDataExportMapper = { volunteerId: string };
