package cvpress.render;

import cvpress.model.Cv;
import cvpress.model.CvDocument;
import cvpress.model.CvLocale;
import cvpress.model.CustomConnection;
import cvpress.model.Design;
import cvpress.model.Entry;
import cvpress.model.EntryDate;
import cvpress.model.EntryDetails;
import cvpress.model.EntryType;
import cvpress.model.Highlight;
import cvpress.model.PartialDate;
import cvpress.model.Section;
import cvpress.model.Settings;
import cvpress.model.SocialNetwork;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** CV documents built by hand, independent of the loader: one with every entry type, and variations. */
final class TestCvs {

    static final LocalDate DATE = LocalDate.of(2026, 11, 2);

    private TestCvs() {
    }

    static CvDocument everyEntryType() {
        return document(cv("Ayşe Müller–Lüdenscheid", sections()), Design.DEFAULT);
    }

    static CvDocument document(Cv cv, Design design) {
        return new CvDocument(Path.of("every-entry-type.yaml"), cv, design, CvLocale.ENGLISH,
                new Settings(DATE, List.of("PyTorch"), "NAME - CV"));
    }

    static Cv cv(String name, List<Section> sections) {
        return new Cv(name, "Assistant Professor of *Computer Science*", "İstanbul, Türkiye",
                List.of("ayse@example.org"), List.of("+90 212 359 54 00"), List.of("https://ayse.example.org/"),
                null, List.of(new SocialNetwork("GitHub", "aysem"), new SocialNetwork("ORCID", "0000-0002-1825-0097")),
                List.of(new CustomConnection("Lab page", "https://lab.example.org/")), sections);
    }

    static List<Section> sections() {
        List<Section> s = new ArrayList<>();
        s.add(new Section("About", EntryType.TEXT, List.of(
                new Entry.Text("I study **efficient inference** for *large* models at Boğaziçi University; "
                        + "see [my lab](https://lab.example.org/)."),
                new Entry.Text("A field with <script>alert('x')</script> and </div> stays text."))));
        s.add(new Section("Education", EntryType.EDUCATION, List.of(
                new Entry.Education("Boğaziçi University", "Computer Engineering", "PhD",
                        details(span(2018, 9, 2023, 6), "İstanbul, Türkiye", null,
                                List.of(new Highlight("Thesis: *Sparse Attention at Scale*", List.of()),
                                        new Highlight("Advisor: Prof. Cem Say", List.of())))),
                new Entry.Education("Technische Universität München", "Informatics", null,
                        details(new EntryDate.Text("Fall 2016"), "München, Germany", "Exchange semester.",
                                List.of())))));
        s.add(new Section("Experience", EntryType.EXPERIENCE, List.of(
                new Entry.Experience("Nexus AI", "Co-Founder & CTO",
                        details(new EntryDate.Span(new PartialDate(2023, 7, 0), null), "Berlin, Germany",
                                null, List.of(
                                        new Highlight("Built inference serving with PyTorch for 2M+ requests a month",
                                                List.of()),
                                        new Highlight("Published at top venues", List.of(
                                                "ICML 2022 main conference paper",
                                                "NeurIPS 2022 workshop paper"))))),
                new Entry.Experience("Google DeepMind", "Research Intern",
                        details(span(2021, 5, 2021, 8), "London, UK", null,
                                List.of(new Highlight("Multi-agent coordination with emergent communication",
                                        List.of())))))));
        s.add(new Section("Projects", EntryType.NORMAL, List.of(
                new Entry.Normal("[FlashKern](https://github.com/example/flashkern)",
                        details(new EntryDate.On(new PartialDate(2024, 0, 0)), null,
                                "Open-source kernels for LLM inference",
                                List.of(new Highlight("2.8x speedup over baseline attention", List.of())))))));
        s.add(new Section("Publications", EntryType.PUBLICATION, List.of(
                new Entry.Publication("Sparse Mixture-of-Experts at Scale",
                        List.of("*Ayşe Müller–Lüdenscheid*", "Sarah Williams", "David Park"),
                        "10.1234/neurips.2023.1234", null, "NeurIPS 2023",
                        new EntryDate.On(new PartialDate(2023, 7, 0)), null, Map.of()),
                new Entry.Publication("A Workshop Paper Without DOI",
                        List.of("James Liu", "**Ayşe Müller–Lüdenscheid**"),
                        null, "https://example.org/paper.pdf", null,
                        new EntryDate.On(new PartialDate(2022, 12, 0)), "Best paper award.", Map.of()))));
        s.add(new Section("Selected Honors", EntryType.BULLET, List.of(
                new Entry.Bullet("Fulbright Scholarship (2018)"),
                new Entry.Bullet("**Best Paper Award**, ICLR 2021"))));
        s.add(new Section("Skills", EntryType.ONE_LINE, List.of(
                new Entry.OneLine("Languages", "Python, C++, CUDA, Rust"),
                new Entry.OneLine("Spoken", "Türkçe (native), Deutsch, English"))));
        s.add(new Section("Patents", EntryType.NUMBERED, List.of(
                new Entry.Numbered("Adaptive Quantization for Edge Inference (US 11,234,567)"),
                new Entry.Numbered("Dynamic Sparsity for Attention (US 11,345,678)"))));
        s.add(new Section("Invited Talks", EntryType.REVERSED_NUMBERED, List.of(
                new Entry.ReversedNumbered("Scaling Laws for Efficient Inference — Stanford (2024)"),
                new Entry.ReversedNumbered("From Research to Production — NeurIPS Workshop (2023)"),
                new Entry.ReversedNumbered("Efficient Deep Learning — Google Tech Talk (2022)"))));
        return s;
    }

    static EntryDetails details(EntryDate date, String location, String summary, List<Highlight> highlights) {
        return new EntryDetails(date, location, summary, highlights, Map.of());
    }

    static EntryDate span(int y1, int m1, int y2, int m2) {
        return new EntryDate.Span(new PartialDate(y1, m1, 0), new PartialDate(y2, m2, 0));
    }
}
