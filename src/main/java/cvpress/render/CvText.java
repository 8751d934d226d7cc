package cvpress.render;

import cvpress.model.Cv;
import cvpress.model.CvDocument;
import cvpress.model.CvLocale;
import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.EntryDetails;
import cvpress.model.Highlight;
import cvpress.model.Section;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts a CV shows, as a reader sees them: markdown stripped (a link shows its text, not its URL), dates written
 * for the locale, contacts as the styles show them (a website as its short form, a profile as {@code github.com/name},
 * a custom connection as its placeholder). Grouped in units in reading order (the header, then per section its title
 * and each entry); a unit's blocks are its fields, which a style may lay out in any order. Keys a style does not show
 * (extra keys, URLs behind link texts) are left out.
 */
final class CvText {

    /** One field's text. */
    record Block(String text) {
    }

    /** The header, a section title, or one entry: blocks whose order is the style's choice. */
    record Unit(List<Block> blocks) {
        Unit {
            blocks = List.copyOf(blocks);
        }
    }

    private CvText() {
    }

    static List<Unit> units(CvDocument doc) {
        Cv cv = doc.cv();
        InlineMarkdown md = new InlineMarkdown(List.of());
        DateFormatter dates = new DateFormatter(doc.locale() == null ? CvLocale.ENGLISH : doc.locale());
        AuthorList authors = new AuthorList(cv.name() == null ? null : md.toPlainText(cv.name()), md);
        List<Unit> units = new ArrayList<>();
        List<Block> header = new ArrayList<>();
        add(header, md.toPlainText(cv.name()));
        add(header, md.toPlainText(cv.headline()));
        add(header, md.toPlainText(cv.location()));
        ViewModelBuilder.contactLinks(cv, new ContactLinks()).forEach(link -> add(header, link.text()));
        units.add(new Unit(header));
        for (Section section : cv.sections()) {
            units.add(new Unit(List.of(new Block(md.toPlainText(section.title())))));
            for (Entry entry : section.entries()) {
                List<Block> blocks = new ArrayList<>();
                fields(entry, md, dates, authors, blocks);
                units.add(new Unit(blocks));
            }
        }
        return units;
    }

    private static void fields(Entry entry, InlineMarkdown md, DateFormatter dates, AuthorList authors,
                               List<Block> blocks) {
        if (entry instanceof Entry.Text t) {
            add(blocks, md.toPlainText(t.text()));
        } else if (entry instanceof Entry.Bullet b) {
            add(blocks, md.toPlainText(b.bullet()));
        } else if (entry instanceof Entry.OneLine o) {
            add(blocks, md.toPlainText(o.label()));
            add(blocks, md.toPlainText(o.details()));
        } else if (entry instanceof Entry.Numbered n) {
            add(blocks, md.toPlainText(n.number()));
        } else if (entry instanceof Entry.ReversedNumbered r) {
            add(blocks, md.toPlainText(r.reversedNumber()));
        } else if (entry instanceof Entry.Normal n) {
            add(blocks, md.toPlainText(n.name()));
            details(n.details(), md, dates, blocks);
        } else if (entry instanceof Entry.Experience x) {
            add(blocks, md.toPlainText(x.company()));
            add(blocks, md.toPlainText(x.position()));
            details(x.details(), md, dates, blocks);
        } else if (entry instanceof Entry.Education e) {
            add(blocks, md.toPlainText(e.institution()));
            add(blocks, md.toPlainText(e.area()));
            add(blocks, md.toPlainText(e.degree()));
            details(e.details(), md, dates, blocks);
        } else if (entry instanceof Entry.Publication p) {
            ContactLinks links = new ContactLinks();
            add(blocks, md.toPlainText(p.title()));
            add(blocks, Jsoup.parseBodyFragment(authors.toHtml(p.authors())).text());
            add(blocks, md.toPlainText(p.journal()));
            add(blocks, dates.format(p.date() == null ? EntryDate.NONE : p.date()));
            add(blocks, md.toPlainText(p.summary()));
            if (p.doi() != null && !p.doi().isBlank()) {
                add(blocks, "doi:" + links.doi(p.doi()).text());
            } else if (p.url() != null && !p.url().isBlank()) {
                add(blocks, links.website(p.url()).text());
            }
        }
    }

    private static void details(EntryDetails d, InlineMarkdown md, DateFormatter dates, List<Block> blocks) {
        EntryDetails details = d == null ? EntryDetails.EMPTY : d;
        add(blocks, dates.format(details.date() == null ? EntryDate.NONE : details.date()));
        add(blocks, md.toPlainText(details.location()));
        add(blocks, md.toPlainText(details.summary()));
        StringBuilder highlights = new StringBuilder();
        for (Highlight h : details.highlights()) {
            highlights.append(md.toPlainText(h.text())).append('\n');
            h.children().forEach(child -> highlights.append(md.toPlainText(child)).append('\n'));
        }
        add(blocks, highlights.toString());
    }

    private static void add(List<Block> blocks, String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Block(text));
        }
    }
}
