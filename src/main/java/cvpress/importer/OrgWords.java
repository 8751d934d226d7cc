package cvpress.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The words that mark an organisation's name (University, Institute, Lab, Inc., Group, …) and a role (Intern, Engineer, …). */
final class OrgWords {

    private static final Set<String> ORGANISATION = Set.of("university", "universität", "universite",
            "université", "universidad", "universidade", "università", "college", "institute", "institut",
            "instituto", "school", "academy", "akademie", "laboratory", "laboratories", "lab", "labs", "inc", "corp",
            "corporation", "ltd", "llc", "gmbh", "ag", "sa", "plc", "group", "company", "center", "centre",
            "research", "foundation", "hospital", "department", "dept", "faculty", "systems", "technologies",
            "solutions", "bank", "agency", "ministry", "council", "society", "association", "studio", "consulting",
            "ventures", "polytechnic", "hochschule", "fachhochschule", "gymnasium", "lycée", "conservatory",
            "museum", "library", "clinic", "google", "microsoft", "amazon", "meta", "facebook", "apple", "ibm",
            "nvidia", "alibaba", "tencent", "bytedance", "baidu", "intel", "amd", "huawei", "samsung", "oracle",
            "netflix", "uber", "airbnb", "deepmind", "openai", "anthropic", "startup", "co", "corporate", "media",
            "publishing", "services", "partners", "holdings", "industries",
            "gov", "government", "office", "bureau", "division", "unit");

    private static final Set<String> ROLE = Set.of("intern", "internship", "researcher", "engineer", "developer",
            "scientist", "assistant", "associate", "professor", "lecturer", "postdoc", "fellow", "manager",
            "director", "consultant", "analyst", "student", "member", "lead", "head", "officer", "architect",
            "designer", "chair", "co-chair", "reviewer", "founder", "co-founder", "cofounder", "ceo", "cto", "cfo",
            "coo", "vp", "president", "teacher", "tutor", "instructor", "advisor", "adviser", "editor",
            "programmer", "specialist", "coordinator", "administrator", "technician", "trainee", "apprentice",
            "volunteer", "candidate", "ta", "ra", "partner", "owner", "contractor", "freelancer", "writer",
            "supervisor", "executive", "committee", "organizer", "organiser", "mentor", "investigator", "pi",
            "scholar", "visitor", "representative", "leader", "sde", "swe", "mts", "staff", "werkstudent",
            "praktikant", "doktorand", "mitarbeiter", "ingenieur", "entwickler", "stagiaire");

    private static final Pattern SPLIT = Pattern.compile("[\\s/,()]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private OrgWords() {
    }

    /** True when the text names an organisation, by one of its words. */
    static boolean isOrganisation(String text) {
        for (String w : SPLIT.split(text)) {
            if (ORGANISATION.contains(bare(w))) {
                return true;
            }
        }
        return false;
    }

    static boolean isOrganisationWord(String word) {
        return ORGANISATION.contains(bare(word));
    }

    static boolean isRoleWord(String word) {
        return ROLE.contains(bare(word));
    }

    /** The word lower-cased without surrounding punctuation, and without a plural or possessive ending on roles. */
    static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.isEmpty() || !isLetterOrNumber(w.codePointAt(0)) || !isLetterOrNumber(w.codePointBefore(w.length()))) {
            w = EDGE_PUNCTUATION.matcher(w).replaceAll("");
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }

    /** True for what {@code \p{L}} or {@code \p{N}} in {@link #EDGE_PUNCTUATION} matches. */
    private static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
