import * as migration_20261122_083120_initial from './20261122_083120_initial';
import * as migration_20261202_042101_query_indexes from './20261202_042101_query_indexes';
import * as migration_20261202_065609_public_visibility from './20261202_065609_public_visibility';
import * as migration_20261202_070048_account_lock_off from './20261202_070048_account_lock_off';
import * as migration_20261202_075508_admin_list_indexes from './20261202_075508_admin_list_indexes';
import * as migration_20261202_120208_content_types from './20261202_120208_content_types';
import * as migration_20261202_122212_alt_optional from './20261202_122212_alt_optional';
import * as migration_20261202_122340_review_state_audit_log from './20261202_122340_review_state_audit_log';
import * as migration_20261202_162446_media_notice_photo from './20261202_162446_media_notice_photo';

export const migrations = [
  {
    up: migration_20261122_083120_initial.up,
    down: migration_20261122_083120_initial.down,
    name: '20261122_083120_initial',
  },
  {
    up: migration_20261202_042101_query_indexes.up,
    down: migration_20261202_042101_query_indexes.down,
    name: '20261202_042101_query_indexes',
  },
  {
    up: migration_20261202_065609_public_visibility.up,
    down: migration_20261202_065609_public_visibility.down,
    name: '20261202_065609_public_visibility',
  },
  {
    up: migration_20261202_070048_account_lock_off.up,
    down: migration_20261202_070048_account_lock_off.down,
    name: '20261202_070048_account_lock_off',
  },
  {
    up: migration_20261202_075508_admin_list_indexes.up,
    down: migration_20261202_075508_admin_list_indexes.down,
    name: '20261202_075508_admin_list_indexes',
  },
  {
    up: migration_20261202_120208_content_types.up,
    down: migration_20261202_120208_content_types.down,
    name: '20261202_120208_content_types',
  },
  {
    up: migration_20261202_122212_alt_optional.up,
    down: migration_20261202_122212_alt_optional.down,
    name: '20261202_122212_alt_optional',
  },
  {
    up: migration_20261202_122340_review_state_audit_log.up,
    down: migration_20261202_122340_review_state_audit_log.down,
    name: '20261202_122340_review_state_audit_log',
  },
  {
    up: migration_20261202_162446_media_notice_photo.up,
    down: migration_20261202_162446_media_notice_photo.down,
    name: '20261202_162446_media_notice_photo'
  },
];
