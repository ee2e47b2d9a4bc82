/**
 * Next.js runs register() once when the CMS server starts, before it answers any request. The
 * sign-in throttle needs the address of each connection, which Next.js does not hand to route
 * handlers (cms/auth/client-address.ts). NEXT_RUNTIME is Next.js's own marker, not a setting: the
 * edge runtime has no node:diagnostics_channel.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { watchConnectionAddresses } = await import('./auth/client-address')
  const { settings } = await import('./settings')
  watchConnectionAddresses(settings.signIn.trustProxy)
}
