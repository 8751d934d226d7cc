package cvpress.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML text into a {@link YamlNode} tree with Jackson's streaming parser, without recursion, keeping scalars
 * as written, expanding aliases within a node budget, and turning every parser failure into a located diagnostic.
 */
final class YamlReader {

    static final int MAX_DEPTH = 64;
    static final int MAX_ALIASED_NODES = 100_000;

    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+)' that cannot start any token");
    private static final Pattern CODE_POINT = Pattern.compile("(.)\\(\\d+\\)", Pattern.DOTALL);

    /** The tree (null when reading stopped) and the problems met on the way. */
    record Result(YamlNode root, List<Diagnostic> diagnostics) {
    }

    private final YAMLFactory factory;

    /** A reader for texts of up to 5 MB. */
    YamlReader() {
        this(SourceText.DEFAULT_LIMIT);
    }

    /** A reader for texts of up to {@code maxInput} (the parser's own limits are set above it). */
    YamlReader(ByteSize maxInput) {
        this.factory = new EventYamlFactory((int) Math.min(Integer.MAX_VALUE, maxInput.bytes() * 2));
    }

    Result read(String file, String text) {
        Build build = new Build(file, text);
        try (EventParser parser = (EventParser) factory.createParser(new StringReader(text))) {
            build.run(parser);
        } catch (Stop stop) {
            build.diagnostics.add(stop.diagnostic);
            return new Result(null, build.diagnostics);
        } catch (JsonProcessingException e) {
            build.diagnostics.add(syntaxError(file, e, null));
            return new Result(null, build.diagnostics);
        } catch (IOException | RuntimeException e) {
            build.diagnostics.add(error(Location.ofFile(file), "cannot read the YAML: " + firstLine(e.getMessage())));
            return new Result(null, build.diagnostics);
        }
        return new Result(build.root, build.diagnostics);
    }

    private static Diagnostic error(Location where, String message) {
        return error(where, "", message);
    }

    private static Diagnostic error(Location where, String path, String message) {
        return new Diagnostic(Diagnostic.Severity.ERROR, where, path, message);
    }

    private static Location at(String file, Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** A one-line, located message for a YAML syntax error. */
    private static Diagnostic syntaxError(String file, JsonProcessingException e, Location event) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                if (unclosedQuote(m)) {
                    return error(at(file, m.getContextMark()), "YAML syntax: this quote is never closed");
                }
                return error(at(file, m.getProblemMark()), "YAML syntax: " + describe(m));
            }
        }
        JsonLocation where = e.getLocation();
        Location location = event != null ? event : where == null || where.getLineNr() <= 0 ? Location.ofFile(file)
                : new Location(file, where.getLineNr(), where.getColumnNr());
        String message = firstLine(e.getOriginalMessage());
        if (message.startsWith("Expected a field name")) {
            message = "a mapping key must be a plain string, not a list or mapping";
        }
        return error(location, "YAML syntax: " + message);
    }

    private static boolean unclosedQuote(MarkedYAMLException m) {
        return m.getContextMark() != null && m.getContext() != null && m.getContext().contains("quoted scalar")
                && m.getProblem() != null && m.getProblem().contains("end of stream");
    }

    private static String describe(MarkedYAMLException m) {
        String problem = firstLine(m.getProblem() == null ? null
                : CODE_POINT.matcher(m.getProblem()).replaceAll(YamlReader::shownCharacter));
        String context = m.getContext() == null ? "" : firstLine(m.getContext());
        if (problem.contains("(TAB)")) {
            return "a tab cannot indent YAML; use spaces";
        }
        Matcher cannotStart = CANNOT_START.matcher(problem);
        if (cannotStart.find()) {
            return "a value cannot start with '" + cannotStart.group(1) + "'; put the value in quotes";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "unexpected ':' (check the indentation, or quote a value that contains ': ')";
        }
        if (context.isEmpty()) {
            return problem;
        }
        Mark started = m.getContextMark();
        return problem + " (" + context + (started == null ? ""
                : " started at " + (started.getLine() + 1) + ":" + (started.getColumn() + 1)) + ")";
    }

    /** A character a message names: quoted when it is visible, else as its code point (a CR, a NUL). */
    private static String shownCharacter(java.util.regex.MatchResult m) {
        char c = m.group(1).charAt(0);
        String shown = Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                ? String.format(java.util.Locale.ROOT, "U+%04X", (int) c) : "'" + c + "'";
        return Matcher.quoteReplacement(shown);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown problem";
        }
        String line = s.strip();
        int nl = line.indexOf('\n');
        int cr = line.indexOf('\r');
        int end = nl < 0 ? cr : cr < 0 ? nl : Math.min(nl, cr);
        return end < 0 ? line : line.substring(0, end).strip();
    }

    /** Internal stop signal carrying the diagnostic that ends reading. */
    private static final class Stop extends RuntimeException {
        final transient Diagnostic diagnostic;

        Stop(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    /** A collection being read: its place and path, anchor, node count (aliases expanded) and content so far. */
    private abstract static class Frame {
        final Location location;
        final String path;
        final String anchor;
        long size = 1;

        Frame(Location location, String path, String anchor) {
            this.location = location;
            this.path = path;
            this.anchor = anchor;
        }

        /** The path of the value being read next in this collection. */
        abstract String childPath();
    }

    private static final class SequenceFrame extends Frame {
        final List<YamlNode> items = new ArrayList<>();

        SequenceFrame(Location location, String path, String anchor) {
            super(location, path, anchor);
        }

        String childPath() {
            return Fields.index(path, items.size());
        }
    }

    private static final class MappingFrame extends Frame {
        final List<YamlNode.Pair> pairs = new ArrayList<>();
        final Map<String, Location> seen = new HashMap<>();
        boolean merges;
        YamlNode.Scalar key;
        boolean duplicate;

        MappingFrame(Location location, String path, String anchor) {
            super(location, path, anchor);
        }

        String childPath() {
            return key == null ? path : Fields.child(path, key.text());
        }
    }

    /** An anchored node and its expanded size. */
    private record Anchored(YamlNode node, long size) {
    }

    /** The state of one read. */
    private static final class Build {
        final String file;
        final String text;
        final CodePoints codePoints;
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final Deque<Frame> stack = new ArrayDeque<>();
        final Map<String, Anchored> anchors = new HashMap<>();
        final Set<String> open = new HashSet<>();
        long aliased;
        YamlNode root;
        boolean done;

        Build(String file, String text) {
            this.file = file;
            this.text = text;
            this.codePoints = new CodePoints(text);
        }

        void run(EventParser parser) throws IOException {
            JsonToken token;
            while ((token = next(parser)) != null) {
                Event event = parser.lastEvent();
                Location where = at(file, event.getStartMark());
                if (done) {
                    throw new Stop(error(where, "a CV file holds one YAML document; this starts a second one"));
                }
                switch (token) {
                    case START_OBJECT, START_ARRAY -> open(token, event, where);
                    case END_OBJECT, END_ARRAY -> close();
                    case FIELD_NAME -> key((ScalarEvent) event, where);
                    default -> value(event, where);
                }
            }
        }

        /** The next token; a syntax error Jackson finds (not SnakeYAML) is placed at the event it stopped on. */
        private JsonToken next(EventParser parser) throws IOException {
            try {
                return parser.nextToken();
            } catch (JsonProcessingException e) {
                Event event = parser.lastEvent();
                throw new Stop(syntaxError(file, e, event == null ? null : at(file, event.getStartMark())));
            }
        }

        private void open(JsonToken token, Event event, Location where) {
            String path = path();
            if (stack.size() >= MAX_DEPTH) {
                String shown = path.length() > 40 ? path.substring(0, 40) + "…" : path;
                throw new Stop(error(where, shown, "nesting is deeper than " + MAX_DEPTH + " levels"));
            }
            String anchor = event instanceof NodeEvent n ? n.getAnchor() : null;
            if (anchor != null) {
                open.add(anchor);
            }
            stack.push(token == JsonToken.START_OBJECT ? new MappingFrame(where, path, anchor)
                    : new SequenceFrame(where, path, anchor));
        }

        /** The path of the value about to be read, such as {@code cv.sections.Education[1]}. */
        private String path() {
            Frame top = stack.peek();
            return top == null ? "" : top.childPath();
        }

        private void close() {
            Frame frame = stack.pop();
            YamlNode node;
            if (frame instanceof MappingFrame m) {
                node = new YamlNode.Mapping(merged(m), m.location);
            } else {
                node = new YamlNode.Sequence(((SequenceFrame) frame).items, frame.location);
            }
            if (frame.anchor != null) {
                open.remove(frame.anchor);
                anchors.put(frame.anchor, new Anchored(node, frame.size));
            }
            add(node, frame.size);
        }

        private void key(ScalarEvent event, Location where) {
            MappingFrame frame = (MappingFrame) stack.peek();
            YamlNode.Scalar key = new YamlNode.Scalar(event.getValue(), isPlain(event), null, where);
            Location first = frame.seen.putIfAbsent(event.getValue(), where);
            frame.duplicate = first != null;
            if (first != null) {
                diagnostics.add(error(where, Fields.child(frame.path, event.getValue()), "duplicate key '"
                        + event.getValue() + "' (first written at line "
                        + first.line() + ")"));
            }
            frame.key = key;
            if (event.getAnchor() != null) {
                anchors.put(event.getAnchor(), new Anchored(key, 1));
            }
        }

        private void value(Event event, Location where) {
            if (event instanceof AliasEvent alias) {
                String name = alias.getAnchor();
                if (open.contains(name)) {
                    throw new Stop(error(where, path(), "alias *" + name + " refers to a node that contains it"));
                }
                Anchored target = anchors.get(name);
                if (target == null) {
                    throw new Stop(error(where, path(), "alias *" + name + " has no anchor &" + name
                            + " before it"));
                }
                countAliased(target.size(), where);
                add(target.node(), target.size());
                return;
            }
            ScalarEvent scalar = (ScalarEvent) event;
            YamlNode.Scalar node = scalar(scalar, where);
            if (scalar.getAnchor() != null) {
                anchors.put(scalar.getAnchor(), new Anchored(node, 1));
            }
            add(node, 1);
        }

        private YamlNode.Scalar scalar(ScalarEvent event, Location where) {
            boolean plain = isPlain(event);
            String value = event.getValue();
            if (plain && event.getImplicit().canOmitTagInPlainScalar() && isNull(value)) {
                return new YamlNode.Scalar(null, true, null, where);
            }
            String source = null;
            DumperOptions.ScalarStyle style = event.getScalarStyle();
            boolean lined = plain || style == DumperOptions.ScalarStyle.LITERAL
                    || style == DumperOptions.ScalarStyle.FOLDED;
            if (lined && event.getEndMark().getLine() > event.getStartMark().getLine()) {
                source = text.substring(codePoints.charIndex(event.getStartMark().getIndex()),
                        codePoints.charIndex(event.getEndMark().getIndex()));
            }
            return new YamlNode.Scalar(value, plain, source, where);
        }

        /** Counts the nodes aliases add; a few aliases that add very many are an alias bomb. */
        private void countAliased(long nodes, Location where) {
            aliased += nodes;
            if (aliased > MAX_ALIASED_NODES) {
                throw new Stop(error(where, path(), "aliases expand to more than " + MAX_ALIASED_NODES
                        + " nodes (an alias bomb?)"));
            }
        }

        private void add(YamlNode node, long size) {
            Frame top = stack.peek();
            if (top == null) {
                root = node;
                done = true;
                return;
            }
            top.size += size;
            if (top instanceof SequenceFrame s) {
                s.items.add(node);
                return;
            }
            MappingFrame m = (MappingFrame) top;
            if (m.duplicate) {
                return;
            }
            if ("<<".equals(m.key.text()) && m.key.plain()) {
                m.merges = true;
            }
            m.pairs.add(new YamlNode.Pair(m.key, node));
        }

        /** The pairs of a mapping with its {@code <<} merge keys replaced by the merged pairs not written in it. */
        private List<YamlNode.Pair> merged(MappingFrame m) {
            if (!m.merges) {
                return m.pairs;
            }
            Map<String, YamlNode.Pair> result = new LinkedHashMap<>();
            for (YamlNode.Pair pair : m.pairs) {
                if ("<<".equals(pair.name()) && pair.key().plain()) {
                    for (YamlNode.Mapping source : mergeSources(pair.value())) {
                        for (YamlNode.Pair merged : source.pairs()) {
                            if (!m.seen.containsKey(merged.name())) {
                                result.putIfAbsent(merged.name(), merged);
                            }
                        }
                    }
                } else {
                    result.put(pair.name(), pair);
                }
            }
            return new ArrayList<>(result.values());
        }

        private List<YamlNode.Mapping> mergeSources(YamlNode value) {
            List<YamlNode.Mapping> sources = new ArrayList<>();
            if (value instanceof YamlNode.Mapping mapping) {
                sources.add(mapping);
            } else if (value instanceof YamlNode.Sequence seq) {
                for (YamlNode item : seq.items()) {
                    if (item instanceof YamlNode.Mapping mapping) {
                        sources.add(mapping);
                    } else {
                        diagnostics.add(error(item.location(), "a merge key (<<) takes mappings only"));
                    }
                }
            } else {
                diagnostics.add(error(value.location(), "a merge key (<<) takes a mapping or a list of mappings"));
            }
            return sources;
        }
    }

    private static boolean isPlain(ScalarEvent event) {
        return event.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    private static boolean isNull(String value) {
        return value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
                || value.equals("NULL");
    }

    /** Maps the parser's code-point offsets to string indexes, cheaply for text without surrogate pairs. */
    private static final class CodePoints {
        private final String text;
        private final boolean identity;
        private int codePoint;
        private int charIndex;

        CodePoints(String text) {
            this.text = text;
            this.identity = text.codePointCount(0, text.length()) == text.length();
        }

        int charIndex(int codePointIndex) {
            if (identity) {
                return codePointIndex;
            }
            if (codePointIndex < codePoint) {
                codePoint = 0;
                charIndex = 0;
            }
            charIndex = text.offsetByCodePoints(charIndex, codePointIndex - codePoint);
            codePoint = codePointIndex;
            return charIndex;
        }
    }

    /** A YAML parser that also hands out the SnakeYAML event behind the current token (anchors, styles, marks). */
    private static final class EventParser extends YAMLParser {
        EventParser(IOContext context, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
                    Reader reader) {
            super(context, features, yamlFeatures, options, codec, reader);
        }

        Event lastEvent() {
            return _lastEvent;
        }

        /**
         * An untagged scalar as text, without asking SnakeYAML's resolver (a dozen regular expressions) what type it
         * would be: this reader takes every scalar from its event and keeps YAML 1.2's strings itself.
         */
        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
            String tag = scalar.getTag();
            if (tag != null && !tag.equals("!")) {
                return super._decodeScalar(scalar);
            }
            _textValue = scalar.getValue();
            _cleanedTextValue = null;
            return JsonToken.VALUE_STRING;
        }
    }

    /** The factory of {@link EventParser}s, with limits that leave the checks above to this reader. */
    private static final class EventYamlFactory extends YAMLFactory {
        EventYamlFactory(int maxLength) {
            super(YAMLFactory.builder()
                    .loaderOptions(loaderOptions(maxLength))
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH * 2)
                            .maxStringLength(maxLength)
                            .maxNumberLength(maxLength)
                            .maxNameLength(maxLength)
                            .build()));
        }

        private static LoaderOptions loaderOptions(int maxLength) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(maxLength);
            options.setNestingDepthLimit(MAX_DEPTH * 2);
            options.setMaxAliasesForCollections(MAX_ALIASED_NODES);
            return options;
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new EventParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    reader);
        }
    }
}
