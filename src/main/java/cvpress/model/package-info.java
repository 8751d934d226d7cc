/**
 * The CV record: immutable records for the {@code cv}, {@code design}, {@code locale} and
 * {@code settings} blocks, the located YAML tree they are read from, and the loader that
 * validates a file and reports every problem with its file, line and column.
 *
 * <p>This package depends on no other cvpress package; every other stage reads it. It uses
 * Jackson's streaming YAML parser (and the SnakeYAML events behind it, for anchors, scalar
 * styles and source offsets) and libphonenumber. Public: {@link cvpress.model.CvLoader},
 * {@link cvpress.model.LoadResult} and the records.
 *
 * <p>Choices made here: scalars stay the text written ({@code NO}, {@code on}, {@code 012} are
 * strings); a plain empty, {@code ~} or {@code null} value counts as absent; aliases are
 * expanded (merge keys {@code <<} too) within a budget of 100 000 alias-added nodes; a file holds
 * one YAML document of at most 5 MB and 64 levels of nesting; duplicate keys are errors. An
 * entry's type is the most specific whose required keys it has (publication, experience,
 * education, one-line, normal, bullet, numbered, reversed); its other keys are kept as extras
 * unless they are a near miss of a key of its type. RenderCV's design and locale keys that
 * cvpress does not use are accepted with a warning, and RenderCV 1.x's {@code locale_catalog}
 * is read when there is no {@code locale} block.
 */
package cvpress.model;
