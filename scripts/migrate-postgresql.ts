/**
 * Applies prisma/migrations-postgresql/ to the PostgreSQL database of DATABASE_URL (what `npm run
 * setup` runs there). `prisma migrate deploy` cannot migrate PostgreSQL offline here (prisma/orm#27403),
 * so this is a small runner: each migration folder's SQL in its own transaction, recorded in
 * "_kubedeck_migrations"; an advisory lock makes concurrent runs (two pods' init) wait for each other.
 */
import { migratePostgres } from "@/lib/server/postgres-migrations";
import { databaseUrl } from "@/lib/server/database-url";

const applied = await migratePostgres(databaseUrl());
console.log(applied.length === 0 ? "postgresql: every migration is applied" : `postgresql: applied ${applied.join(", ")}`);
