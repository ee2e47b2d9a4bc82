import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Sent with every CMS response (admin, API, media files). The admin must never be framed by another
 * site (clickjacking a publish button), and no response may be sniffed into a type it does not
 * declare: an uploaded image read as HTML would run script on the CMS's own origin.
 */
const SECURITY_HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The shared schemas are TypeScript source, compiled with the admin rather than published.
  transpilePackages: ['@bantin/content-types'],
  poweredByHeader: false,
  headers: async () => [{ source: '/:path*', headers: SECURITY_HEADERS }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
