import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isLeafType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { Caller } from '../subgraphs/kit/runtime/caller';
import { forbidden } from '../subgraphs/kit/runtime/errors';

/**
 * What a statistics viewer (a city dashboard's token, issue 13) may read: aggregates and the reference data that
 * labels them, nothing else. An allowlist rather than a list of personal fields, so a personal field added later is
 * refused to dashboards without anyone remembering them; the subgraphs' own rules (the visibility table's
 * statisticsViewer column, all "none") stay as the second line.
 */
const QUERY_FIELDS = new Set([
  'statistics',
  'districts',
  'district',
  'serviceCategories',
  'wageRates',
  'campaigns',
  'campaign',
]);
const TYPES = new Set([
  'Query',
  'District',
  'ServiceCategory',
  'ServiceSubcategory',
  'WageRate',
  'Statistics',
  'StatisticsCount',
  'StatisticsAmount',
  'StatisticsMonth',
  'StatisticsCategory',
  'StatisticsVolunteerMonth',
  // The platform's request counts (the gateway's own, gateway/traffic): counts of requests, not of people.
  'StatisticsTraffic',
  'StatisticsTrafficDay',
  // Volunteers by star level and age band (withheld as a table under five people by the volunteers subgraph).
  'StatisticsStarLevel',
  'StatisticsAgeBand',
  // Districts' own figures on the entity (each withheld under five people by the district that gives it).
  'PiduStatistics',
  'XinjinStatistics',
  'WuhouStatistics',
  'WuhouNeedStatusFigure',
  'QionglaiStatistics',
  'QionglaiPlaceHours',
  // A village's public description labels its hours; its own unsuppressed figures (QionglaiPlaceFigures) and its
  // projects stay refused, being types outside this list.
  'QionglaiPlace',
  // City-wide campaigns (issue 17.4): their periods, district targets and counts of confirmed service.
  'Campaign',
  'CampaignDistrict',
  'CampaignTarget',
]);
/** The districts' platform records (title, slogan, features) are public descriptions, not data about anyone. */
const allowedType = (name: string) => TYPES.has(name) || /^[A-Z][a-z]+Platform$/.test(name);

/** The first field of `document` a statistics viewer may not read, as `Type.field`; null when all are allowed. */
export function firstRefusedField(schema: GraphQLSchema, document: DocumentNode): string | null {
  const info = new TypeInfo(schema);
  let refused: string | null = null;
  visit(
    document,
    visitWithTypeInfo(info, {
      OperationDefinition(node) {
        if (node.operation !== 'query') refused ??= node.operation;
      },
      Field(node) {
        const parent = info.getParentType();
        const type = info.getType();
        if (!parent || !type || node.name.value.startsWith('__')) return;
        const named = getNamedType(type);
        const ok =
          allowedType(parent.name) &&
          (parent.name !== 'Query' || QUERY_FIELDS.has(node.name.value)) &&
          (isLeafType(named) || allowedType(named.name));
        if (!ok) refused ??= `${parent.name}.${node.name.value}`;
      },
    }),
  );
  return refused;
}

/** Refuses, before planning, any operation of a statistics viewer that reaches beyond aggregates. */
export function statisticsViewerPlugin(): ApolloServerPlugin<{ caller: Caller }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, schema, document }) {
          if (contextValue.caller.kind !== 'statisticsViewer') return;
          const refused = firstRefusedField(schema, document);
          if (refused)
            throw forbidden(
              `A statistics-viewer token reads aggregate figures only (statistics, districts, categories, wage ` +
                `rates); ${refused} is not one of them.`,
            );
        },
      };
    },
  };
}
