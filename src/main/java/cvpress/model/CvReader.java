package cvpress.model;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads and checks the {@code cv} block: identity, contact details, social networks, links and sections. */
final class CvReader {

    static final List<String> KEYS = List.of("name", "headline", "location", "email", "phone", "website", "photo",
            "social_networks", "custom_connections", "sections");

    /** The networks RenderCV knows, spelt as it spells them. */
    static final List<String> NETWORKS = List.of("LinkedIn", "GitHub", "GitLab", "IMDB", "Instagram", "ORCID",
            "Mastodon", "StackOverflow", "ResearchGate", "YouTube", "Google Scholar", "Telegram", "Leetcode", "X",
            "Bluesky", "Reddit");

    private static final Pattern MASTODON = Pattern.compile("@[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Fields fields;
    private final Problems problems;
    private final Path baseDir;

    CvReader(Fields fields, Path baseDir) {
        this.fields = fields;
        this.problems = fields.problems();
        this.baseDir = baseDir;
    }

    Cv read(YamlNode.Mapping cv) {
        fields.checkKeys(cv, "cv", KEYS);
        YamlNode nameNode = cv.get("name");
        String name = fields.string(nameNode, "cv.name");
        if (name == null && (nameNode == null || nameNode instanceof YamlNode.Scalar)) {
            problems.warn(cv.location(), "cv.name", "the CV has no name");
        }
        List<String> emails = checked(cv.get("email"), "cv.email", ContactChecks::email);
        List<String> phones = checked(cv.get("phone"), "cv.phone", ContactChecks::phone).stream()
                .map(p -> p.regionMatches(true, 0, "tel:", 0, 4) ? p.substring(4) : p).toList();
        List<String> websites = checked(cv.get("website"), "cv.website", ContactChecks::url);
        return new Cv(name, fields.string(cv.get("headline"), "cv.headline"),
                fields.string(cv.get("location"), "cv.location"), emails, phones, websites, photo(cv.get("photo")),
                socialNetworks(cv.get("social_networks")), customConnections(cv.get("custom_connections")),
                sections(cv.get("sections")));
    }

    /** A string or list of strings, each checked as an e-mail address, phone number or web link. */
    private List<String> checked(YamlNode node, String path, Function<String, String> check) {
        List<String> values = new ArrayList<>();
        if (node instanceof YamlNode.Sequence seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                checkOne(seq.items().get(i), Fields.index(path, i), check, values);
            }
        } else if (node instanceof YamlNode.Mapping) {
            problems.error(node.location(), path, "expected a string or a list of strings, found a mapping");
        } else {
            checkOne(node, path, check, values);
        }
        return values;
    }

    private void checkOne(YamlNode node, String path, Function<String, String> check, List<String> values) {
        String value = fields.string(node, path);
        if (value == null) {
            return;
        }
        String problem = check.apply(value);
        if (problem != null) {
            problems.error(node.location(), path, problem);
        }
        values.add(value);
    }

    private Path photo(YamlNode node) {
        String photo = fields.string(node, "cv.photo");
        if (photo == null) {
            return null;
        }
        Path resolved;
        try {
            resolved = baseDir.resolve(photo).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            problems.error(node.location(), "cv.photo", "\"" + photo + "\" is not a file path");
            return null;
        }
        if (!Files.isRegularFile(resolved)) {
            problems.error(node.location(), "cv.photo", "photo \"" + photo + "\" does not exist (looked for "
                    + resolved + ")");
            return null;
        }
        if (!insideBaseDir(resolved)) {
            problems.error(node.location(), "cv.photo", "photo \"" + photo + "\" is outside the CV's directory "
                    + baseDir + " (links followed); put the image beside the CV");
            return null;
        }
        String notAnImage = PhotoFile.problem(resolved);
        if (notAnImage != null) {
            problems.error(node.location(), "cv.photo", "photo \"" + photo + "\" " + notAnImage);
            return null;
        }
        return resolved;
    }

    /** Whether {@code file}, with {@code ..} and symbolic links resolved, lies in the CV's own directory tree. */
    private boolean insideBaseDir(Path file) {
        try {
            return file.toRealPath().startsWith(baseDir.toRealPath());
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    private List<SocialNetwork> socialNetworks(YamlNode node) {
        List<SocialNetwork> result = new ArrayList<>();
        YamlNode.Sequence list = fields.list(node, "cv.social_networks", "social networks");
        if (list == null) {
            return result;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String path = Fields.index("cv.social_networks", i);
            YamlNode.Mapping m = fields.mapping(list.items().get(i), path);
            if (m == null) {
                continue;
            }
            fields.checkKeys(m, path, List.of("network", "username"));
            String network = fields.string(m.get("network"), Fields.child(path, "network"));
            String username = fields.string(m.get("username"), Fields.child(path, "username"));
            if (network == null || username == null) {
                problems.error(m.location(), path, "a social network needs network and username");
                continue;
            }
            String canonical = canonicalNetwork(network);
            if (canonical == null) {
                String suggestion = DidYouMean.closest(network, NETWORKS, DidYouMean.tolerance(network));
                problems.error(m.get("network").location(), Fields.child(path, "network"), "unknown network '"
                        + network + "'; " + (suggestion != null ? "did you mean '" + suggestion + "'?"
                        : "known: " + String.join(", ", NETWORKS)));
                continue;
            }
            String problem = usernameProblem(canonical, username);
            if (problem != null) {
                problems.error(m.get("username").location(), Fields.child(path, "username"), problem);
                continue;
            }
            result.add(new SocialNetwork(canonical, username));
        }
        return result;
    }

    private static String canonicalNetwork(String network) {
        for (String known : NETWORKS) {
            if (known.equalsIgnoreCase(network) || known.replace(" ", "").equalsIgnoreCase(network)) {
                return known;
            }
        }
        return null;
    }

    private static String usernameProblem(String network, String username) {
        String lower = username.toLowerCase(Locale.ROOT);
        if (network.equals("ORCID")) {
            return ContactChecks.orcid(username);
        }
        if (network.equals("Mastodon")) {
            return MASTODON.matcher(username).matches() ? null
                    : "\"" + username + "\" is not a Mastodon handle (expected @name@server.social)";
        }
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")) {
            return "give the " + network + " username, not a link (\"" + username + "\")";
        }
        if (username.chars().anyMatch(Character::isWhitespace) && !network.equals("Google Scholar")) {
            return "\"" + username + "\" is not a " + network + " username: it contains a space";
        }
        return null;
    }

    private List<CustomConnection> customConnections(YamlNode node) {
        List<CustomConnection> result = new ArrayList<>();
        YamlNode.Sequence list = fields.list(node, "cv.custom_connections", "custom connections");
        if (list == null) {
            return result;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String path = Fields.index("cv.custom_connections", i);
            YamlNode.Mapping m = fields.mapping(list.items().get(i), path);
            if (m == null) {
                continue;
            }
            fields.checkKeys(m, path, List.of("placeholder", "url", "fontawesome_icon"));
            if (YamlNode.present(m.get("fontawesome_icon"))) {
                problems.warn(m.get("fontawesome_icon").location(), Fields.child(path, "fontawesome_icon"),
                        "a RenderCV option cvpress ignores");
            }
            String placeholder = fields.string(m.get("placeholder"), Fields.child(path, "placeholder"));
            String url = fields.string(m.get("url"), Fields.child(path, "url"));
            if (placeholder == null) {
                problems.error(m.location(), path, "a custom connection needs placeholder (the text shown)");
                continue;
            }
            if (url != null) {
                String problem = ContactChecks.url(url);
                if (problem != null) {
                    problems.error(m.get("url").location(), Fields.child(path, "url"), problem);
                    continue;
                }
            }
            result.add(new CustomConnection(placeholder, url));
        }
        return result;
    }

    private List<Section> sections(YamlNode node) {
        List<Section> result = new ArrayList<>();
        if (!YamlNode.present(node)) {
            return result;
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.error(node.location(), "cv.sections", "expected a mapping of section titles to lists of "
                    + "entries, found " + node.kind());
            return result;
        }
        SectionReader reader = new SectionReader(fields);
        for (YamlNode.Pair pair : m.pairs()) {
            Section section = reader.read(pair, "cv.sections");
            if (section != null) {
                result.add(section);
            }
        }
        return result;
    }
}
