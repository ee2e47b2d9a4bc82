import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The shared schemas are TypeScript source, compiled with the admin rather than published.
  transpilePackages: ['@bantin/content-types'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
