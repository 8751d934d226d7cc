/**
 * The command line (Apache Commons CLI): the sub-commands that load CV files, pick a style, render them on several
 * threads and write every output atomically.
 *
 * <p>This is the top stage: it may use every other cvpress package; none uses it.
 */
package cvpress.cli;
