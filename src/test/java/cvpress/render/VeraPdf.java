package cvpress.render;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeSet;

/** veraPDF, initialised once for the test JVM: the rules a PDF fails against PDF/A-2u and PDF/UA-1. */
final class VeraPdf {

    private static final VeraPDFFoundry FOUNDRY = initialise();

    private VeraPdf() {
    }

    private static VeraPDFFoundry initialise() {
        VeraGreenfieldFoundryProvider.initialise();
        return Foundries.defaultInstance();
    }

    /** The failed rules as "FLAVOUR clause-test: message", sorted; empty when the PDF complies with both. */
    static List<String> failures(byte[] pdf) throws Exception {
        return failures(pdf, PDFAFlavour.PDFA_2_U);
    }

    /** The rules the PDF fails against {@code pdfa} and PDF/UA-1, as {@link #failures(byte[])}. */
    static List<String> failures(byte[] pdf, PDFAFlavour pdfa) throws Exception {
        TreeSet<String> failed = new TreeSet<>();
        for (PDFAFlavour flavour : List.of(pdfa, PDFAFlavour.PDFUA_1)) {
            try (PDFAParser parser = FOUNDRY.createParser(new ByteArrayInputStream(pdf), flavour);
                 PDFAValidator validator = FOUNDRY.createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                for (TestAssertion a : result.getTestAssertions()) {
                    if (a.getStatus() == TestAssertion.Status.FAILED) {
                        failed.add(flavour.getId() + " " + a.getRuleId().getClause() + "-"
                                + a.getRuleId().getTestNumber() + ": " + a.getMessage());
                    }
                }
                if (!result.isCompliant() && failed.isEmpty()) {
                    failed.add(flavour.getId() + ": not compliant, " + result.getJobEndStatus());
                }
            }
        }
        return List.copyOf(failed);
    }
}
