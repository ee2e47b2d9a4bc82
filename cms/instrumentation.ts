/**
 * Next.js runs register() once when the CMS server starts, before it answers any request. The
 * sign-in throttle needs the address of each connection, which Next.js does not hand to route
 * handlers (cms/auth/client-address.ts). NEXT_RUNTIME is Next.js's own marker, not a setting: the
 * edge runtime has no node:diagnostics_channel. Run by npm start, the CMS also stops itself once npm
 * start is gone (content-types/supervisor.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { watchConnectionAddresses } = await import('./auth/client-address')
  const { settings } = await import('./settings')
  watchConnectionAddresses(settings.signIn.trustProxy)
  const { stopWhenSupervisorEnds } = await import('@bantin/content-types/supervisor')
  stopWhenSupervisorEnds(settings.supervisorPid)
}
