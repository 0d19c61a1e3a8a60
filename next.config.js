import fs from 'node:fs';

const isDev = process.env.NODE_ENV === 'development';

// Inline scripts carry Next's hydration data and inline styles carry vis-timeline's layout; eval is
// never allowed outside `next dev` (React's dev tooling needs it there).
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

// Next drops the Content-Encoding a route handler sets, so the API's comes from here: one rule per
// encoding the request accepts (the first that matches wins), with the patterns the handlers read
// to decide whether to encode (lib/api/compression.ts).
const acceptedEncodings = JSON.parse(fs.readFileSync(new URL('./lib/api/accepted-encodings.json', import.meta.url), 'utf8'));
const acceptEncoding = (pattern) => ({ type: 'header', key: 'accept-encoding', value: pattern });
const apiEncodingRules = Object.entries(acceptedEncodings).map(([encoding, pattern], index, all) => ({
  source: '/api/:path*',
  has: [acceptEncoding(pattern)],
  missing: all.slice(0, index).map(([, preferred]) => acceptEncoding(preferred)),
  headers: [{ key: 'Content-Encoding', value: encoding }],
}));

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The database driver is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }, ...apiEncodingRules];
  },
};

export default nextConfig;
