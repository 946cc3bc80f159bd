import type { PhotoRow } from '../data/gallery.repository';
import { iso, type Ctx } from './context';

export const ProjectPhoto = {
  project: (p: PhotoRow, _: unknown, ctx: Ctx) => ctx.loaders.project.load(p.projectId),
  takenAt: (p: PhotoRow) => iso(p.takenAt),
  createdAt: (p: PhotoRow) => iso(p.createdAt),
};
