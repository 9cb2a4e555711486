/**
 * The library API: `check` for a string, `checkFiles` for files. Both
 * return typed results; neither prints nor exits. The work is done in
 * src/run/ (see docs/architecture.md); this is its public face.
 */
export {check, type CheckOptions} from './run/check-text.js'
export {checkFiles, UsageError, type CheckFilesOptions, type CheckFilesResult} from './run/check-files.js'
export {ConfigError} from './run/config.js'
export {unreadableResult, failedResult} from './run/check-file.js'
