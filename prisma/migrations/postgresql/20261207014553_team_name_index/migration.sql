-- team_name_index (PostgreSQL). Written by hand (ARCHITECTURE.md "Data"): the same change as
-- prisma/migrations/sqlite/20261207014553_team_name_index/migration.sql, matching prisma/schema.prisma.
-- /admin/teams finds a team by the beginning of its name as a range on this index (ARCHITECTURE.md
-- "Scale"; shown used by an EXPLAIN in tests/integration/scale-query-plans.test.ts).
CREATE INDEX "Team_name_idx" ON "Team"("name");
