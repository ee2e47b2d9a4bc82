import { DEPARTMENT, EMBLEM_SVG } from '@bantin/content-types/department'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isAdmin } from './access/isAdmin'
import { ADMIN_ORIGINS } from './admin/origins'
import { speakVietnamese } from './admin/speakVietnamese'
import { ownLocks } from './access/ownLocks'
import { restReadCachePlugin } from './cache/plugin'
import { Articles } from './collections/Articles'
import { AuditLog } from './collections/AuditLog'
import { Authors } from './collections/Authors'
import { Categories } from './collections/Categories'
import { Documents } from './collections/Documents'
import { Media } from './collections/Media'
import { ReceptionSchedule } from './collections/ReceptionSchedule'
import { Users } from './collections/Users'
import { WantedNotices } from './collections/WantedNotices'
import { createDatabaseAdapter } from './database'
import { createEmailAdapter } from './email/adapter'
import { deletePreferenceIfFound } from './endpoints/deletePreferenceIfFound'
import { MAX_UPLOAD_BYTES, TOO_LARGE_UPLOAD } from './endpoints/limitBodySize'
import { articleLiveEndpoint } from './endpoints/articleLive'
import { articlePreviewEndpoint } from './endpoints/articlePreview'
import { newsroomEndpoint } from './endpoints/newsroom'
import { rebuildSiteEndpoint } from './endpoints/rebuildSite'
import { siteStatusEndpoint } from './endpoints/siteStatus'
import { answerVerifyWhenOff } from './endpoints/verifyEmailOff'
import { vietnamTimezone } from './fields/dates'
import { auditScheduledQueue } from './audit/scheduled-queue'
import { boundRestRequests } from './hooks/boundRestRequests'
import { deliverRebuildTask } from './jobs/deliverRebuild'
import { rebuildWhenWarningsEndTask } from './jobs/rebuildWhenWarningsEnd'
import { withdrawExpiredNoticesTask } from './jobs/withdrawExpiredNotices'
import { cmsLogger } from './logger'
import { settings } from './settings'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: settings.payloadSecret,
  serverURL: settings.serverUrl,
  // Cookie logins are accepted from the admin's own addresses only.
  csrf: ADMIN_ORIGINS,
  db: createDatabaseAdapter(settings),
  // SMTP when SMTP_HOST is set; otherwise printed (development) or a warning at start (production).
  email: createEmailAdapter(settings.email, { production: settings.production }),
  editor: lexicalEditor(),
  sharp,
  collections: [
    Articles,
    WantedNotices,
    Documents,
    ReceptionSchedule,
    Media,
    Authors,
    Categories,
    Users,
    AuditLog,
  ],
  admin: {
    user: Users.slug,
    // The department's name and emblem, not Payload's (tab titles read "Bài viết – Công an tỉnh").
    meta: {
      titleSuffix: `– ${DEPARTMENT.name}`,
      icons: [
        {
          rel: 'icon',
          type: 'image/svg+xml',
          url: `data:image/svg+xml,${encodeURIComponent(EMBLEM_SVG)}`,
        },
      ],
      defaultOGImageType: 'off',
      openGraph: {
        siteName: DEPARTMENT.name,
        title: `Quản trị – ${DEPARTMENT.name}`,
        description: 'Quản trị trang tin',
      },
    },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Gravatar is an outside request: blocked on many office networks, and it leaks staff emails.
    avatar: 'default',
    importMap: { baseDir: dirname },
    components: {
      beforeDashboard: [
        '/components/SiteStatus#SiteStatus',
        '/components/NewsroomDashboard#NewsroomDashboard',
      ],
      beforeNavLinks: ['/components/NewsroomNavCount#NewsroomNavCount'],
      graphics: {
        Logo: '/components/DepartmentLogo#DepartmentLogo',
        Icon: '/components/DepartmentIcon#DepartmentIcon',
      },
      // Translates the screen-reader text Payload's libraries hard-code in English.
      providers: [
        '/components/ScreenReaderLabels#ScreenReaderLabels',
        '/components/TakeOverForEditors#TakeOverForEditors',
      ],
    },
    timezones: vietnamTimezone(),
  },
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
  endpoints: [
    siteStatusEndpoint,
    rebuildSiteEndpoint,
    newsroomEndpoint,
    articleLiveEndpoint,
    articlePreviewEndpoint,
  ],
  // The public site reads REST only; a second query language is one more surface to defend.
  graphQL: { disable: true },
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    abortOnLimit: true,
    responseOnLimit: TOO_LARGE_UPLOAD,
  },
  jobs: {
    access: { queue: isAdmin, run: isAdmin, cancel: isAdmin },
    tasks: [deliverRebuildTask, withdrawExpiredNoticesTask, rebuildWhenWarningsEndTask],
    // npm start runs the queue every second inside the CMS: rebuild deliveries and scheduled
    // publishing need nobody at the keyboard. Tests and command-line scripts run jobs themselves.
    // The same runner queues the scheduled tasks (notice expiry, warnings ending, a new week), only
    // where it runs them: tests and scripts run jobs themselves and expect only what they queued.
    autoRun: [
      {
        cron: '* * * * * *',
        allQueues: true,
        limit: 20,
        disableScheduling: !settings.rebuild.runJobs,
      },
    ],
    shouldAutoRun: () => settings.rebuild.runJobs,
  },
  typescript: {
    outputFile: path.resolve(dirname, '../content-types/payload-types.ts'),
    // Payload otherwise starts a `payload generate:types` child on every start outside production:
    // about 20 s of CPU for each test file, script and bench that opens the CMS, racing the others
    // to rewrite the file. The types are made on purpose with `npm run generate:types`, and CI
    // checks they match the config.
    autoGenerate: false,
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
  .then(speakVietnamese)
