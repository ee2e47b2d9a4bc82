import { readEnv } from './env'

/** The CMS's validated settings, read once from the environment (see .env.example). */
export const settings = readEnv()
