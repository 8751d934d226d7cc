package cvpress.model;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks the shape of e-mail addresses, web links, phone numbers, DOIs and ORCID iDs; each returns why not, or null. */
final class ContactChecks {

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
    private static final String DEFAULT_REGION = "US";

    private ContactChecks() {
    }

    static String email(String s) {
        if (EMAIL.matcher(s).matches()) {
            return null;
        }
        if (s.indexOf('@') < 0) {
            return "\"" + s + "\" is not an e-mail address: it has no @";
        }
        return "\"" + s + "\" is not an e-mail address (expected name@example.org)";
    }

    static String url(String s) {
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return "\"" + s + "\" is not a URL: " + e.getReason();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.isEmpty()) {
            return "\"" + s + "\" is not a URL: it needs to start with https:// or http://";
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "\"" + s + "\" is not a web link: only http:// and https:// are allowed";
        }
        String host = uri.getHost();
        if (host == null || !(host.contains(".") || host.equalsIgnoreCase("localhost"))) {
            return "\"" + s + "\" is not a URL: it has no host name";
        }
        return null;
    }

    static String phone(String s) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        String hint = s.strip().startsWith("+") ? "" : " (write it with its country code, e.g. +1 609 555 0123)";
        Phonenumber.PhoneNumber number;
        try {
            number = util.parse(s, DEFAULT_REGION);
        } catch (NumberParseException e) {
            String why = switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> "its country code is not valid";
                case NOT_A_NUMBER -> "it does not look like a phone number";
                case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "it is too short";
                case TOO_LONG -> "it is too long";
            };
            return "\"" + s + "\" is not a phone number: " + why + hint;
        }
        String why = switch (util.isPossibleNumberWithReason(number)) {
            case IS_POSSIBLE -> null;
            case IS_POSSIBLE_LOCAL_ONLY -> "it is a local number only; add the area code";
            case INVALID_COUNTRY_CODE -> "+" + number.getCountryCode() + " is not a country code";
            case TOO_SHORT -> "it has too few digits";
            case TOO_LONG -> "it has too many digits";
            case INVALID_LENGTH -> "it has the wrong number of digits for its country";
        };
        return why == null ? null : "\"" + s + "\" is not a phone number: " + why + hint;
    }

    static String doi(String s) {
        if (DOI.matcher(s).matches()) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http") || lower.startsWith("doi:")) {
            return "\"" + s + "\" is not a DOI: write the DOI alone, such as 10.1234/abc.567";
        }
        return "\"" + s + "\" is not a DOI (expected 10.NNNN/..., such as 10.1234/abc.567)";
    }

    static String orcid(String s) {
        if (!ORCID.matcher(s).matches()) {
            return "\"" + s + "\" is not an ORCID iD (expected 0000-0000-0000-000X)";
        }
        int total = 0;
        String digits = s.replace("-", "");
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int check = (12 - total % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        if (digits.charAt(15) != expected) {
            return "\"" + s + "\" is not an ORCID iD: its check digit should be " + expected;
        }
        return null;
    }
}
