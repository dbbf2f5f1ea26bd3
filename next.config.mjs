/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native/driver packages must stay outside the server bundle.
  serverExternalPackages: [
    "@prisma/adapter-libsql",
    "@libsql/client",
    "libsql",
    "@prisma/adapter-pg",
    "pg",
    "unpdf",
    "mammoth",
    "word-extractor",
  ],
  poweredByHeader: false,
  experimental: {
    // Resume uploads go through server actions; Nova's own body limit is 4.5 MB per request,
    // but files we store ourselves may be larger (the route enforces its own limit).
    serverActions: { bodySizeLimit: "60mb" },
    // `forbidden()` answers 403 (recruiters opening admin pages get a real 403, not the page).
    authInterrupts: true,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
    ];
  },
};

export default nextConfig;
