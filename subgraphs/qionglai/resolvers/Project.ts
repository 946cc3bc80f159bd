import type { ProjectResolvers } from './types.generated';

export const Project: ProjectResolvers = {
  /**
   * The district comes from the projects subgraph through the gateway (@requires); it is remembered so that
   * tagging can check a project is Qionglai's without another subgraph's tables.
   */
  qionglai: async (p, _, ctx) => {
    const code = p.district?.code;
    if (!code) return null;
    await ctx.loaders.seen.load({ projectId: p.id, districtCode: code });
    return code === 'qionglai' ? ctx.loaders.tag.load(p.id) : null;
  },
};
