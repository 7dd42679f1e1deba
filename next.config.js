/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native modules and the Prisma driver adapter are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@open-spaced-repetition/binding"],
  // NEXT_DIST_DIR lets two builds of one checkout live side by side (e.g. a benchmark and a test run).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project with tsc first; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
