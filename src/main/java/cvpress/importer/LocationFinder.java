package cvpress.importer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a place written at the end of an entry line — {@code Seattle, WA}, {@code Beijing, China}, {@code San
 * Carlos, CA}, {@code …, Hong Kong} — by its region: a country, or a US state or Canadian province code.
 */
final class LocationFinder {

    /** A line split into the text before the place and the place (null when there is none). */
    record Split(String rest, String location) {
    }

    private static final Set<String> COUNTRIES = Set.of("USA", "US", "U.S.", "U.S.A.", "United States",
            "UK", "U.K.", "United Kingdom", "England", "Scotland", "Wales", "Ireland", "Canada", "Mexico", "Brazil",
            "Argentina", "Chile", "Colombia", "Peru", "China", "P.R. China", "PR China", "Hong Kong", "Macau",
            "Macao", "Taiwan", "Japan", "Korea", "South Korea", "Singapore", "India", "Pakistan", "Bangladesh",
            "Vietnam", "Thailand", "Malaysia", "Indonesia", "Philippines", "Australia", "New Zealand", "Germany",
            "France", "Italy", "Spain", "Portugal", "Netherlands", "The Netherlands", "Belgium", "Luxembourg",
            "Switzerland", "Austria", "Denmark", "Sweden", "Norway", "Finland", "Iceland", "Poland", "Czechia",
            "Czech Republic", "Slovakia", "Hungary", "Romania", "Bulgaria", "Greece", "Turkey", "Türkiye",
            "Israel", "Egypt", "Saudi Arabia", "UAE", "United Arab Emirates", "Qatar", "Iran", "Russia", "Ukraine",
            "South Africa", "Nigeria", "Kenya", "Morocco", "Serbia", "Croatia", "Slovenia", "Estonia", "Latvia",
            "Lithuania", "Cyprus", "Malta", "Remote", "Online");
    private static final Set<String> REGIONS = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
            "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX",
            "UT", "VT", "VA", "WA", "WV", "WI", "WY", "ON", "QC", "BC", "AB", "MB", "NS", "NSW", "VIC", "QLD");
    private static final Set<String> CITY_PREFIXES = Set.of("San", "Santa", "Los", "Las", "New", "Mountain",
            "Palo", "Salt", "St.", "Saint", "Fort", "Ft.", "El", "La", "Le", "Rio", "Buenos", "Kuala", "Tel", "Ann",
            "Hong", "Menlo", "Redwood", "Long", "Cape", "Baton", "Grand", "Coral", "Chapel", "College", "Ho",
            "Den", "Sankt", "Frankfurt", "Costa", "Des", "Sao", "São", "Abu", "Port", "Lake", "North", "South",
            "East", "West", "Half");
    private static final Set<String> CITY_SUFFIXES = Set.of("City", "Park", "Beach", "Springs", "Falls",
            "Heights", "Alto", "Grove", "Valley", "Hills", "Island", "Harbor", "Station", "Arbor", "Haven");

    private static final Pattern TRAILING = Pattern.compile("^(.*?),\\s*([A-Z][\\p{L}.' ]{0,30}?|[A-Z]{2,3})\\s*$");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");

    /** Splits a trailing place off the text. */
    Split split(String text) {
        String t = text.strip();
        if (COUNTRIES.contains(t)) {
            return new Split("", t);
        }
        Matcher m = TRAILING.matcher(t);
        if (!m.matches()) {
            return new Split(t, null);
        }
        String before = m.group(1).strip();
        String region = m.group(2).strip();
        boolean state = REGIONS.contains(region);
        if (!state && !COUNTRIES.contains(region)) {
            return new Split(t, null);
        }
        if (before.isEmpty()) {
            return new Split("", region);
        }
        Matcher chain = TRAILING.matcher(before);
        if (!state && chain.matches() && REGIONS.contains(chain.group(2).strip())) {
            Split inner = split(before);
            return new Split(inner.rest(), inner.location() + ", " + region);
        }
        String[] words = before.split(" ");
        if (!state) {
            if (words.length <= 3 && isPlaceWords(words) && !OrgWords.isOrganisation(before)) {
                return new Split("", before + ", " + region);
            }
            int comma = before.lastIndexOf(',');
            String last = comma < 0 ? null : before.substring(comma + 1).strip();
            if (last != null && last.split(" ").length <= 2 && isPlaceWords(last.split(" "))
                    && !OrgWords.isOrganisation(last)) {
                return new Split(before.substring(0, comma).strip(), last + ", " + region);
            }
            return new Split(before, region);
        }
        int n = words.length;
        int take = 1;
        if (n >= 2 && (CITY_PREFIXES.contains(words[n - 2]) || CITY_SUFFIXES.contains(words[n - 1]))) {
            take = 2;
        }
        if (!isPlaceWords(java.util.Arrays.copyOfRange(words, n - take, n))) {
            return new Split(t, null);
        }
        String city = String.join(" ", java.util.Arrays.copyOfRange(words, n - take, n));
        String rest = TRAILING_COMMAS.matcher(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n - take)))
                .replaceAll("");
        return new Split(rest, city + ", " + region);
    }

    private static boolean isPlaceWords(String[] words) {
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(
                    c -> Character.isLetter(c) || c == '.' || c == '\'' || c == '-')) {
                return false;
            }
        }
        return words.length > 0;
    }
}
