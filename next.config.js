/**
 * Sent with every page and route: no framing by other sites (clickjacking), no MIME sniffing, no
 * full URLs leaked to other sites, scripts and connections only from the app itself. Next's own
 * inline bootstrap scripts and Tailwind's inline styles need 'unsafe-inline'; nothing uses eval.
 */
const securityHeaders = [
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "worker-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // Native modules and the Prisma driver adapter are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@open-spaced-repetition/binding"],
  // NEXT_DIST_DIR lets two builds of one checkout live side by side (e.g. a benchmark and a test run).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  turbopack: {
    resolveAlias: {
      // The scenario editor's Web Worker parses Markdown (micromark), which decodes entities with this
      // package; its "browser" build decodes through document.createElement, and a worker has no
      // document ("document is not defined": the worker died and verification never answered). Its
      // plain build decodes from a table and works in pages and workers alike.
      "decode-named-character-reference": { browser: "./node_modules/decode-named-character-reference/index.js" },
    },
  },
  reactStrictMode: true,
  // `npm test` type-checks the whole project with tsc first; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
