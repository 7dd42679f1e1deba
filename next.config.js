/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native modules and the Prisma driver adapter are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@open-spaced-repetition/binding"],
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project with tsc first; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
