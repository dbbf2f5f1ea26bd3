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
    "word-extractor",
  ],
  poweredByHeader: false,
  experimental: {
    // The largest legitimate action input is one resume upload: a 10 MB file (MAX_RESUME_BYTES)
    // plus its form fields (pasted text, answers, cover note). Every other action is far
    // smaller; anything bigger is refused before it is parsed, so no action can be made to
    // buffer tens of MB per request.
    serverActions: { bodySizeLimit: "12mb" },
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
          // Pages also get frame-ancestors 'none' in their CSP (proxy.ts); this covers the rest.
          { key: "X-Frame-Options", value: "DENY" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
