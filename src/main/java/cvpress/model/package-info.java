/**
 * The CV record: immutable records for the {@code cv}, {@code design}, {@code locale} and
 * {@code settings} blocks, the located YAML tree they are read from, and the loader that
 * validates a file and reports every problem with its file, line and column.
 *
 * <p>This package depends on no other cvpress package; every other stage reads it.
 */
package cvpress.model;
