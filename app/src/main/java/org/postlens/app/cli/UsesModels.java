package org.postlens.app.cli;

/**
 * Marks a command that runs or inspects models. {@link PostlensCli} sets DJL's process-wide settings
 * (offline mode, the cache dir under the app's data dir) before such a command runs, and only then, so
 * commands that never touch a model start no faster or slower than before.
 */
interface UsesModels {
}
