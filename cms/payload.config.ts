import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isAdmin } from './access/isAdmin'
import { ownLocks } from './access/ownLocks'
import { restReadCachePlugin } from './cache/plugin'
import { Articles } from './collections/Articles'
import { AuditLog } from './collections/AuditLog'
import { Authors } from './collections/Authors'
import { Categories } from './collections/Categories'
import { Media } from './collections/Media'
import { Users } from './collections/Users'
import { createDatabaseAdapter } from './database'
import { createEmailAdapter } from './email/adapter'
import { deletePreferenceIfFound } from './endpoints/deletePreferenceIfFound'
import { MAX_UPLOAD_BYTES, TOO_LARGE_UPLOAD } from './endpoints/limitBodySize'
import { articleLiveEndpoint } from './endpoints/articleLive'
import { newsroomEndpoint } from './endpoints/newsroom'
import { rebuildSiteEndpoint } from './endpoints/rebuildSite'
import { siteStatusEndpoint } from './endpoints/siteStatus'
import { answerVerifyWhenOff } from './endpoints/verifyEmailOff'
import { auditScheduledQueue } from './audit/scheduled-queue'
import { boundRestRequests } from './hooks/boundRestRequests'
import { deliverRebuildTask } from './jobs/deliverRebuild'
import { cmsLogger } from './logger'
import { settings } from './settings'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: settings.payloadSecret,
  serverURL: settings.serverUrl,
  // Cookie logins are accepted from these origins: the public address, and both loopback names of
  // the port the CMS listens on (npm start binds 127.0.0.1; browsers often say localhost).
  csrf: [...new Set([settings.serverUrl, `http://localhost:${settings.port}`, `http://127.0.0.1:${settings.port}`])],
  db: createDatabaseAdapter(settings),
  // SMTP when SMTP_HOST is set; otherwise printed (development) or a warning at start (production).
  email: createEmailAdapter(settings.email, { production: settings.production }),
  editor: lexicalEditor(),
  sharp,
  collections: [Articles, Media, Authors, Categories, Users, AuditLog],
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' – bantin' },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Gravatar is an outside request: blocked on many office networks, and it leaks staff emails.
    avatar: 'default',
    importMap: { baseDir: dirname },
    components: {
      beforeDashboard: ['/components/SiteStatus#SiteStatus', '/components/NewsroomDashboard#NewsroomDashboard'],
      beforeNavLinks: ['/components/NewsroomNavCount#NewsroomNavCount'],
    },
    timezones: {
      defaultTimezone: 'Asia/Ho_Chi_Minh',
      supportedTimezones: [{ label: 'Giờ Việt Nam (UTC+7)', value: 'Asia/Ho_Chi_Minh' }],
    },
  },
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
  endpoints: [siteStatusEndpoint, rebuildSiteEndpoint, newsroomEndpoint, articleLiveEndpoint],
  // The public site reads REST only; a second query language is one more surface to defend.
  graphQL: { disable: true },
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    abortOnLimit: true,
    responseOnLimit: TOO_LARGE_UPLOAD,
  },
  jobs: {
    access: { queue: isAdmin, run: isAdmin, cancel: isAdmin },
    tasks: [deliverRebuildTask],
    // npm start runs the queue every second inside the CMS: rebuild deliveries and scheduled
    // publishing need nobody at the keyboard. Tests and command-line scripts run jobs themselves.
    autoRun: [{ cron: '* * * * * *', allQueues: true, limit: 20 }],
    shouldAutoRun: () => settings.rebuild.runJobs,
  },
  typescript: {
    outputFile: path.resolve(dirname, '../content-types/payload-types.ts'),
  },
  // Refusals (4xx) are one line, whatever their class: see cms/logger.ts.
  logger: cmsLogger,
  // A wrong password is routine, not an error with a stack trace; a locked account is worth a look.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'warn', ValidationError: 'info' },
  // Anonymous REST reads cached for seconds, cleared by every write (docs/database.md, "REST reads").
  plugins: [restReadCachePlugin],
  telemetry: false,
  // The admin's "Hẹn giờ" bypasses collection hooks: see auditScheduledQueue.
  onInit: auditScheduledQueue,
})
  .then(ownLocks)
  .then(boundRestRequests)
  .then(deletePreferenceIfFound)
  .then(answerVerifyWhenOff)
