package cvpress.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures how many words of a CV text come back in the YAML the importer wrote.
 *
 * <p>A <em>word</em> is a maximal run of letters or a maximal run of digits, after Unicode NFKC normalisation
 * (so {@code D²} holds "d" and "2", and {@code ﬁ} is "fi") of the text without control characters, lower-cased; digit runs lose leading zeros, month
 * names and their abbreviations stand for the month's number and "present", "today", "now", "current" for an
 * open end, because the record writes dates as {@code 2022-09} and {@code present}. Words are counted with
 * their repetitions: an input word that occurs three times must occur three times in the YAML.
 *
 * <p>Not words of the CV, and so not counted in the input: markup (markdown emphasis and headings, list markers
 * at the start of a line — including the glyph debris {@code o}, {@code st}, {@code .} that converters leave for
 * ◦ and ∗ — HTML tags, the target of a link that repeats its text, the contact labels "Email:", "Website:", …),
 * LaTeX command names ({@code \textbf}, {@code \diamond}), the spacing commands {@code \!} and {@code \/} (which
 * join what they separate) and the argument of {@code \label}, and PDF debris
 * (a line that is only a page number, "Page 2 of 3", a lone "Curriculum Vitae", a running header such as
 * "Tom Baker — Curriculum Vitae", or the first line, the name, repeated at the top of a later page). Nor are the connectors
 * the record's structure replaces: "and" before the last name of an author list (authors are a list) and "in"
 * or "of" between a degree and its field ("B.A. in Mathematics" is {@code degree} and {@code area}). In the YAML, the first
 * comment line and the record's own keys ({@code institution:}, {@code highlights:}, …) are not counted, and a
 * social network stands for its profile address ({@code network: GitHub} gives "https", "www", "github" and
 * "com").
 */
final class WordRecall {

    /** The share of input words found in the output, and the words missing (with how many are missing). */
    record Result(int inputWords, int found, Map<String, Integer> missing) {
        double recall() {
            return inputWords == 0 ? 1.0 : (double) found / inputWords;
        }
    }

    private static final Pattern DEBRIS_LINE = Pattern.compile(
            "(?i)^\\s*(?:#+\\s*)?(?:\\**)(?:page\\s+\\d+(?:\\s+of\\s+\\d+)?|[-–]?\\s*\\d{1,3}\\s*[-–]?|\\d{1,3}\\s*/\\s*\\d{1,3}"
                    + "|curriculum\\s+vitae|r[ée]sum[ée]|lebenslauf)(?:\\**)\\s*$"
                    + "|^[^\\s]+(?:\\s+[^\\s]+){0,3}\\s+[—–|-]\\s+(?i:curriculum vitae|r[ée]sum[ée])\\s*$");
    private static final Pattern LATEX_DROPPED = Pattern.compile(
            "\\\\(?:label|ref|eqref|vspace|hspace|begin|end)\\*?\\{[^}]*\\}");
    private static final Pattern LATEX_HREF = Pattern.compile("\\\\href\\{([^}]*)\\}\\{([^}]*)\\}");
    private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\[A-Za-z]+");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z]+\\s*/?>");
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\(([^)]*)\\)");
    private static final Pattern MARKERS = Pattern.compile(
            "^\\s*(?:(?:[-*+•▷►◦○●▪‣–#]+|\\\\\\*|\\$\\\\(?:bullet|circ|ast|star|diamond)\\$|\\\\circ|o(?=\\s)"
                    + "|st(?=\\s+[A-Z])|\\.(?=\\s)|\\d{1,2}[.)](?=\\s))\\s*)+");
    private static final Pattern LABELS = Pattern.compile(
            "(?i)\\b(?:e-?mail|phone|tel|mobile|website|homepage|web|github|linkedin|orcid)\\s*:");
    private static final Pattern DEGREE_CONNECTOR = Pattern.compile(
            "^((?:\\W*(?:19|20)\\d{2})?\\W*(?:\\p{L}{1,6}\\.\\s?){1,4}|\\W*\\p{Lu}\\p{L}{1,6})\\s*\\b(?:in|of)\\s");
    private static final Pattern AUTHOR_AND = Pattern.compile(
            "(?<=,\\s{0,2})and(?=\\s+\\**\\p{Lu})|(?<=[\\p{L}.]\\**\\s)and(?=\\s+\\**\\p{Lu}[\\p{L}-]*\\.?\\s+\\p{Lu}[\\p{L}-]*\\**(?:[.,]|\\s\\())");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b\\x0e-\\x1f\\x7f\\ufeff\\ufffd]");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*|\\p{Nd}+");
    private static final Pattern YAML_KEY = Pattern.compile(
            "^(\\s*)(?:- )?(?:cv|name|headline|location|email|phone|website|social_networks|network|username"
                    + "|sections|label|details|bullet|institution|area|degree|date|start_date|end_date|summary"
                    + "|highlights|company|position|title|authors|journal|doi|url|number|reversed_number):(?= |$)");
    private static final Pattern NETWORK = Pattern.compile("network: '?([\\w ]+)'?$");
    private static final Map<String, String> NETWORK_URLS = Map.of("GitHub", "github com", "LinkedIn",
            "linkedin com in", "ORCID", "orcid org", "GitLab", "gitlab com", "X", "x com twitter com",
            "Google Scholar", "scholar google com citations user", "ResearchGate", "researchgate net profile");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})(?:-(\\d{2}))?\\b");
    private static final Map<String, String> MONTHS = months();
    private static final Set<String> PRESENT = Set.of("present", "today", "now", "current", "ongoing");

    private static Map<String, String> months() {
        String[][] names = {{"jan", "january"}, {"feb", "february"}, {"mar", "march"}, {"apr", "april"},
                {"may"}, {"jun", "june"}, {"jul", "july"}, {"aug", "august"}, {"sep", "sept", "september"},
                {"oct", "october"}, {"nov", "november"}, {"dec", "december"}};
        Map<String, String> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                months.put(n, "month:" + (i + 1));
            }
        }
        return Map.copyOf(months);
    }

    private WordRecall() {
    }

    static Result measure(String input, String yaml) {
        Map<String, Integer> in = count(inputWords(input));
        Map<String, Integer> out = count(outputWords(yaml));
        int total = 0;
        int found = 0;
        Map<String, Integer> missing = new java.util.TreeMap<>();
        for (Map.Entry<String, Integer> e : in.entrySet()) {
            int have = out.getOrDefault(e.getKey(), 0);
            total += e.getValue();
            found += Math.min(have, e.getValue());
            if (have < e.getValue()) {
                missing.put(e.getKey(), e.getValue() - have);
            }
        }
        return new Result(total, found, missing);
    }

    static List<String> inputWords(String text) {
        List<String> words = new ArrayList<>();
        java.util.Set<String> header = new java.util.HashSet<>();
        int seen = 0;
        for (String line : CONTROL.matcher(text).replaceAll("").split("\\R")) {
            String key = line.replace("\f", "").replace("**", "").replaceAll("^\\s*#+\\s*", "").strip()
                    .toLowerCase(Locale.ROOT);
            if (DEBRIS_LINE.matcher(line).matches() || seen >= 1 && header.contains(key)) {
                continue;
            }
            if (!key.isEmpty() && seen < 1) {
                header.add(key);
                seen++;
            }
            String l = LATEX_DROPPED.matcher(line).replaceAll(" ");
            if (LATEX_COMMAND.matcher(l).find()) {
                l = LATEX_HREF.matcher(l.replace('~', ' ')).replaceAll("[$2]($1)");
            }
            l = LATEX_COMMAND.matcher(l.replace("\\!", "").replace("\\/", "")).replaceAll(" ");
            l = HTML_TAG.matcher(l).replaceAll(" ");
            Matcher link = LINK.matcher(l);
            StringBuilder b = new StringBuilder();
            while (link.find()) {
                String target = link.group(2).replaceFirst("^(?:mailto|tel):", "");
                String shown = link.group(1);
                link.appendReplacement(b, Matcher.quoteReplacement(
                        target.equals(shown) || target.endsWith(shown) ? shown : shown + " " + target));
            }
            link.appendTail(b);
            l = MARKERS.matcher(b.toString()).replaceFirst(" ");
            l = LABELS.matcher(l).replaceAll(" ");
            l = DEGREE_CONNECTOR.matcher(l).replaceFirst("$1 ");
            l = AUTHOR_AND.matcher(l).replaceAll(" ");
            words.addAll(words(l, false));
        }
        return words;
    }

    static List<String> outputWords(String yaml) {
        List<String> words = new ArrayList<>();
        boolean first = true;
        for (String line : yaml.split("\\R")) {
            if (first && line.startsWith("#")) {
                first = false;
                continue;
            }
            first = false;
            String l = YAML_KEY.matcher(line).replaceFirst("$1 ");
            Matcher network = NETWORK.matcher(line);
            if (network.find()) {
                l = l + " https www " + NETWORK_URLS.getOrDefault(network.group(1), "");
            }
            Matcher iso = ISO_DATE.matcher(l);
            while (iso.find()) {
                words.add("month:" + Integer.parseInt(iso.group(2)));
            }
            words.addAll(words(l, true));
        }
        return words;
    }

    private static List<String> words(String text, boolean output) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (Character.isDigit(w.charAt(0))) {
                w = w.replaceFirst("^0+(?=\\d)", "");
            } else if (PRESENT.contains(w)) {
                w = "present";
            } else if (!output && MONTHS.containsKey(w)) {
                w = MONTHS.get(w);
            } else if (output && MONTHS.containsKey(w)) {
                out.add(MONTHS.get(w));
            }
            out.add(w);
        }
        return out;
    }

    private static Map<String, Integer> count(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : words) {
            counts.merge(w, 1, Integer::sum);
        }
        return counts;
    }
}
