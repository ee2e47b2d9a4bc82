import * as migration_20261122_083110_initial from './20261122_083110_initial';
import * as migration_20261202_041908_query_indexes from './20261202_041908_query_indexes';
import * as migration_20261202_065528_public_visibility from './20261202_065528_public_visibility';
import * as migration_20261202_070017_account_lock_off from './20261202_070017_account_lock_off';
import * as migration_20261202_075452_admin_list_indexes from './20261202_075452_admin_list_indexes';
import * as migration_20261202_110127_wanted_notices from './20261202_110127_wanted_notices';
import * as migration_20261202_111454_documents from './20261202_111454_documents';
import * as migration_20261202_112747_article_warnings from './20261202_112747_article_warnings';
import * as migration_20261202_113734_reception_schedule from './20261202_113734_reception_schedule';
import * as migration_20261202_122200_alt_optional from './20261202_122200_alt_optional';
import * as migration_20261202_122331_review_state_audit_log from './20261202_122331_review_state_audit_log';
import * as migration_20261202_162417_media_notice_photo from './20261202_162417_media_notice_photo';

export const migrations = [
  {
    up: migration_20261122_083110_initial.up,
    down: migration_20261122_083110_initial.down,
    name: '20261122_083110_initial',
  },
  {
    up: migration_20261202_041908_query_indexes.up,
    down: migration_20261202_041908_query_indexes.down,
    name: '20261202_041908_query_indexes',
  },
  {
    up: migration_20261202_065528_public_visibility.up,
    down: migration_20261202_065528_public_visibility.down,
    name: '20261202_065528_public_visibility',
  },
  {
    up: migration_20261202_070017_account_lock_off.up,
    down: migration_20261202_070017_account_lock_off.down,
    name: '20261202_070017_account_lock_off',
  },
  {
    up: migration_20261202_075452_admin_list_indexes.up,
    down: migration_20261202_075452_admin_list_indexes.down,
    name: '20261202_075452_admin_list_indexes',
  },
  {
    up: migration_20261202_110127_wanted_notices.up,
    down: migration_20261202_110127_wanted_notices.down,
    name: '20261202_110127_wanted_notices',
  },
  {
    up: migration_20261202_111454_documents.up,
    down: migration_20261202_111454_documents.down,
    name: '20261202_111454_documents',
  },
  {
    up: migration_20261202_112747_article_warnings.up,
    down: migration_20261202_112747_article_warnings.down,
    name: '20261202_112747_article_warnings',
  },
  {
    up: migration_20261202_113734_reception_schedule.up,
    down: migration_20261202_113734_reception_schedule.down,
    name: '20261202_113734_reception_schedule',
  },
  {
    up: migration_20261202_122200_alt_optional.up,
    down: migration_20261202_122200_alt_optional.down,
    name: '20261202_122200_alt_optional',
  },
  {
    up: migration_20261202_122331_review_state_audit_log.up,
    down: migration_20261202_122331_review_state_audit_log.down,
    name: '20261202_122331_review_state_audit_log',
  },
  {
    up: migration_20261202_162417_media_notice_photo.up,
    down: migration_20261202_162417_media_notice_photo.down,
    name: '20261202_162417_media_notice_photo'
  },
];
