import * as migration_20261122_083110_initial from './20261122_083110_initial';
import * as migration_20261202_041908_query_indexes from './20261202_041908_query_indexes';
import * as migration_20261202_065528_public_visibility from './20261202_065528_public_visibility';
import * as migration_20261202_070017_account_lock_off from './20261202_070017_account_lock_off';
import * as migration_20261202_075452_admin_list_indexes from './20261202_075452_admin_list_indexes';
import * as migration_20261202_105938_review_state from './20261202_105938_review_state';
import * as migration_20261202_111342_audit_log from './20261202_111342_audit_log';

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
    up: migration_20261202_105938_review_state.up,
    down: migration_20261202_105938_review_state.down,
    name: '20261202_105938_review_state',
  },
  {
    up: migration_20261202_111342_audit_log.up,
    down: migration_20261202_111342_audit_log.down,
    name: '20261202_111342_audit_log'
  },
];
