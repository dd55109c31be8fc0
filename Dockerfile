# caf-benchmark: one process serving the GraphQL API and the built client.
# Serves as the app role in DATABASE_URL and migrates as the owner in MIGRATION_DATABASE_URL
# (see docker-compose.yml); no embedded database here.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json tsconfig.json ./
COPY schema/package.json schema/
COPY db/package.json db/
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/schema/package.json /app/schema/schema.graphql schema/
COPY --from=build /app/schema/dist schema/dist
COPY --from=build /app/db/package.json db/
COPY --from=build /app/db/dist db/dist
COPY --from=build /app/server/package.json server/
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server/dist/main.js"]
