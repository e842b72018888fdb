import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Separate build folders let parallel end-to-end runs (one per worktree user) not overwrite each other.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "postgres", "@electric-sql/pglite", "ssh2", "ssh2-sftp-client", "basic-ftp"],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
