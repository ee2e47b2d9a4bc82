/** The one time zone staff enter dates in and readers see them in (the CMS, the site, the importer). */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh' as const

/**
 * Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset gives the wall-clock
 * time without depending on the ICU data of the machine that runs the code.
 */
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
