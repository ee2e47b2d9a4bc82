import { VIETNAM_TIME_ZONE } from '@bantin/content-types/vietnam-time'

/** The one time zone staff enter dates in, as the date pickers name it. */
const VIETNAM_TIME = { label: 'Giờ Việt Nam (UTC+7)', value: VIETNAM_TIME_ZONE }

/**
 * A date field's (and the admin's) `timezone`: Vietnam time only. A fresh object per field, as
 * Payload may add to it.
 */
export const vietnamTimezone = () => ({
  defaultTimezone: VIETNAM_TIME.value,
  supportedTimezones: [VIETNAM_TIME],
})

/** The date picker for a calendar day, as Vietnamese write it. */
export const DAY = { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } as const

/** The date picker for a day and a time, as Vietnamese write them. */
export const DAY_AND_TIME = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'dd/MM/yyyy HH:mm',
} as const
