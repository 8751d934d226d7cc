/**
 * The CV record: immutable records for the {@code cv}, {@code design}, {@code locale} and
 * {@code settings} blocks, the located YAML tree they are read from, and the loader that
 * validates a file and reports every problem with its file, line and column.
 *
 * <p>This package depends on no other cvpress package; every other stage reads it. It uses
 * Jackson's streaming YAML parser (and the SnakeYAML events behind it) and libphonenumber.
 * Public: {@link cvpress.model.CvLoader}, {@link cvpress.model.LoadResult} and the records.
 */
package cvpress.model;
