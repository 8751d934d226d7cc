package cvpress.render;

import cvpress.model.Cv;
import cvpress.model.CvDocument;
import cvpress.model.CvLocale;
import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.EntryDetails;
import cvpress.model.EntryType;
import cvpress.model.Highlight;
import cvpress.model.Section;
import cvpress.model.Settings;
import cvpress.model.SocialNetwork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the view model a style's template sees: a tree of maps, lists, strings and booleans in which
 * every text is safe HTML and every date is written for the locale. Every key an entry type documents
 * is present (an absent value is {@code ""} or an empty list, which Mustache treats as false), so that a
 * template never picks up a value of the same name from an enclosing scope.
 *
 * <p>Top level: {@code lang}, {@code cv} (name, headline, location, photo, contacts, has_contacts),
 * {@code last_updated}, {@code sections}. Each section: {@code title}, {@code anchor}, {@code type}, one
 * {@code is_<type>} flag per entry type (e.g. {@code is_one_line}), {@code entries}.
 */
final class ViewModelBuilder {

    private static final long MAX_PHOTO_BYTES = 8L * 1024 * 1024;

    /** The template's model and what the PDF says about itself. */
    record Result(Map<String, Object> model, PdfMetadata metadata) {
    }

    Result build(CvDocument doc) throws RenderException {
        Cv cv = doc.cv();
        Settings settings = doc.settings();
        CvLocale locale = doc.locale() == null ? CvLocale.ENGLISH : doc.locale();
        List<String> keywords = settings == null ? List.of() : settings.boldKeywords();
        InlineMarkdown md = new InlineMarkdown(keywords);
        InlineMarkdown plain = new InlineMarkdown(List.of());
        DateFormatter dates = new DateFormatter(locale);
        ContactLinks links = new ContactLinks();
        AuthorList authors = new AuthorList(cv.name() == null ? null : plain.toPlainText(cv.name()), md);

        Map<String, Object> model = new LinkedHashMap<>();
        String language = locale.language() == null || locale.language().isBlank() ? "en" : locale.language().strip();
        model.put("lang", InlineMarkdown.escapeHtml(language));
        model.put("cv", header(cv, md, links));
        String lastUpdated = "";
        if (settings != null && settings.currentDate() != null) {
            String words = locale.lastUpdated() == null ? CvLocale.ENGLISH.lastUpdated() : locale.lastUpdated();
            lastUpdated = InlineMarkdown.escapeHtml(words + " " + dates.formatDate(settings.currentDate()));
        }
        model.put("last_updated", lastUpdated);

        List<Object> sections = new ArrayList<>();
        List<PdfMetadata.Bookmark> bookmarks = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        for (Section section : cv.sections()) {
            String title = section.title();
            String anchor = anchor(plain.toPlainText(title), anchors);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("title", md.toHtml(title));
            s.put("anchor", anchor);
            s.put("type", section.type().label());
            for (EntryType type : EntryType.values()) {
                s.put("is_" + type.label().replace('-', '_'), type == section.type());
            }
            List<Object> entries = new ArrayList<>();
            int n = section.entries().size();
            for (int i = 0; i < n; i++) {
                entries.add(entry(section.entries().get(i), i, n, md, dates, links, authors));
            }
            s.put("entries", entries);
            sections.add(s);
            bookmarks.add(new PdfMetadata.Bookmark(plain.toPlainText(title), anchor));
        }
        model.put("sections", sections);

        String name = cv.name() == null ? "" : plain.toPlainText(cv.name()).strip();
        String titleTemplate = settings == null || settings.pdfTitle() == null ? "NAME - CV" : settings.pdfTitle();
        String title = name.isEmpty() ? "CV" : titleTemplate.replace("NAME", name);
        String headline = cv.headline() == null ? "" : plain.toPlainText(cv.headline()).strip();
        String subject = "Curriculum vitae" + (name.isEmpty() ? "" : " of " + name)
                + (headline.isEmpty() ? "" : ": " + headline);
        List<String> words = new ArrayList<>();
        words.add("CV");
        if (!name.isEmpty()) {
            words.add(name);
        }
        keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).forEach(words::add);
        PdfMetadata meta = new PdfMetadata(title, name.isEmpty() ? null : name, subject, String.join(", ", words),
                language, settings == null ? null : settings.currentDate(), bookmarks);
        return new Result(model, meta);
    }

    private static Map<String, Object> header(Cv cv, InlineMarkdown md, ContactLinks links) throws RenderException {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("name", md.toHtml(cv.name()));
        h.put("name_text", InlineMarkdown.escapeHtml(md.toPlainText(cv.name())));
        h.put("headline", md.toHtml(cv.headline()));
        h.put("location", md.toHtml(cv.location()));
        h.put("photo", cv.photo() == null ? "" : photo(cv.photo()));
        List<Object> contacts = new ArrayList<>();
        if (cv.location() != null && !cv.location().isBlank()) {
            contacts.add(contact(md.toHtml(cv.location()), "", "location", true));
        }
        for (ContactLinks.Link link : contactLinks(cv, links)) {
            contacts.add(contact(InlineMarkdown.escapeHtml(link.text()), InlineMarkdown.escapeHtml(link.href()),
                    link.kind(), contacts.isEmpty()));
        }
        h.put("contacts", contacts);
        h.put("has_contacts", !contacts.isEmpty());
        return h;
    }

    static List<ContactLinks.Link> contactLinks(Cv cv, ContactLinks links) {
        List<ContactLinks.Link> out = new ArrayList<>();
        cv.emails().forEach(e -> out.add(links.email(e)));
        cv.phones().forEach(p -> out.add(links.phone(p)));
        cv.websites().forEach(w -> out.add(links.website(w)));
        for (SocialNetwork account : cv.socialNetworks()) {
            try {
                out.add(links.social(account));
            } catch (IllegalArgumentException e) {
                out.add(new ContactLinks.Link(account.network() + ": " + account.username(), "", "custom"));
            }
        }
        cv.customConnections().forEach(c -> out.add(links.custom(c)));
        return out;
    }

    private static Map<String, Object> contact(String text, String href, String kind, boolean first) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("text", text);
        c.put("href", href);
        c.put("kind", kind);
        c.put("first", first);
        return c;
    }

    private static Map<String, Object> entry(Entry entry, int index, int count, InlineMarkdown md,
                                             DateFormatter dates, ContactLinks links, AuthorList authors) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("first", index == 0);
        e.put("last", index == count - 1);
        if (entry instanceof Entry.Text t) {
            e.put("text", md.toHtml(t.text()));
        } else if (entry instanceof Entry.Bullet b) {
            e.put("bullet", md.toHtml(b.bullet()));
        } else if (entry instanceof Entry.OneLine o) {
            e.put("label", md.toHtml(o.label()));
            e.put("details", md.toHtml(o.details()));
        } else if (entry instanceof Entry.Numbered n) {
            e.put("text", md.toHtml(n.number()));
            e.put("ordinal", Integer.toString(index + 1));
        } else if (entry instanceof Entry.ReversedNumbered r) {
            e.put("text", md.toHtml(r.reversedNumber()));
            e.put("ordinal", Integer.toString(count - index));
        } else if (entry instanceof Entry.Normal n) {
            e.put("name", md.toHtml(n.name()));
            details(e, n.details(), md, dates);
        } else if (entry instanceof Entry.Experience x) {
            e.put("company", md.toHtml(x.company()));
            e.put("position", md.toHtml(x.position()));
            details(e, x.details(), md, dates);
        } else if (entry instanceof Entry.Education ed) {
            e.put("institution", md.toHtml(ed.institution()));
            e.put("area", md.toHtml(ed.area()));
            e.put("degree", md.toHtml(ed.degree()));
            details(e, ed.details(), md, dates);
        } else if (entry instanceof Entry.Publication p) {
            e.put("title", md.toHtml(p.title()));
            e.put("authors", authors.toHtml(p.authors()));
            e.put("journal", md.toHtml(p.journal()));
            e.put("date", InlineMarkdown.escapeHtml(dates.format(p.date() == null ? EntryDate.NONE : p.date())));
            e.put("summary", md.toHtml(p.summary()));
            e.put("doi", p.doi() == null || p.doi().isBlank() ? "" : link(links.doi(p.doi())));
            e.put("url", p.url() == null || p.url().isBlank() ? "" : link(links.website(p.url())));
            e.put("extra", extra(p.extra(), md));
        }
        return e;
    }

    private static Map<String, Object> link(ContactLinks.Link link) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("text", InlineMarkdown.escapeHtml(link.text()));
        l.put("href", InlineMarkdown.escapeHtml(link.href()));
        return l;
    }

    private static void details(Map<String, Object> e, EntryDetails d, InlineMarkdown md, DateFormatter dates) {
        EntryDetails details = d == null ? EntryDetails.EMPTY : d;
        e.put("date", InlineMarkdown.escapeHtml(dates.format(details.date() == null
                ? EntryDate.NONE : details.date())));
        e.put("location", md.toHtml(details.location()));
        e.put("summary", md.toHtml(details.summary()));
        List<Object> highlights = new ArrayList<>();
        for (Highlight h : details.highlights()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("text", md.toHtml(h.text()));
            List<Object> children = new ArrayList<>();
            for (String child : h.children()) {
                children.add(Map.of("text", md.toHtml(child)));
            }
            item.put("children", children);
            item.put("has_children", !children.isEmpty());
            highlights.add(item);
        }
        e.put("highlights", highlights);
        e.put("has_highlights", !highlights.isEmpty());
        e.put("extra", extra(details.extra(), md));
    }

    private static Map<String, Object> extra(Map<String, Object> extra, InlineMarkdown md) {
        Map<String, Object> out = new LinkedHashMap<>();
        extra.forEach((key, value) -> {
            if (value instanceof List<?> list) {
                List<String> parts = new ArrayList<>();
                list.forEach(v -> parts.add(md.toHtml(String.valueOf(v))));
                out.put(key, String.join(", ", parts));
            } else if (value != null) {
                out.put(key, md.toHtml(String.valueOf(value)));
            }
        });
        return out;
    }

    private static String anchor(String title, Set<String> taken) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String base = "section-" + (slug.isEmpty() ? "untitled" : slug);
        String id = base;
        for (int i = 2; !taken.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    private static String photo(Path path) throws RenderException {
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_PHOTO_BYTES) {
                throw new RenderException(path + ": photo is not a readable file of at most 8 MB");
            }
            byte[] bytes = Files.readAllBytes(path);
            String type = bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' ? "image/png"
                    : bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 ? "image/jpeg" : null;
            if (type == null) {
                throw new RenderException(path + ": photo must be a PNG or JPEG image");
            }
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            throw new RenderException(path + ": photo cannot be read: " + e.getMessage());
        }
    }
}
