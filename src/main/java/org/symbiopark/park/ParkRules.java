package org.symbiopark.park;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.geo.UnknownCrsException;

/**
 * The rules a park's own attributes obey, checked wherever a park enters: the exchange format
 * reader, the REST API and the CLI. Feature rules are checked by the reader, which knows the
 * position of each feature in its file.
 */
public final class ParkRules {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final int MAX_LIFETIME_YEARS = 200;

    private final MetricMeasures measures;

    public ParkRules(MetricMeasures measures) {
        this.measures = measures;
    }

    /** Is this usable as a park, feature or scenario id (it appears in URLs and file names)? */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static String idRule() {
        return "1–64 characters: letters, digits, '_', '.', '-', starting with a letter or digit";
    }

    /**
     * A violation if the text holds control characters (tab, line feed and carriage return
     * aside): PostgreSQL cannot store U+0000 at all, and the others only garble labels.
     */
    public static List<Violation> controlCharacters(String field, String text) {
        if (text == null) {
            return List.of();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return List.of(Violation.of(field, String.format("holds the control character U+%04X at position %d", (int) c, i)));
            }
        }
        return List.of();
    }

    public List<Violation> check(Park park) {
        List<Violation> v = new ArrayList<>();
        v.addAll(controlCharacters("park.id", park.id()));
        v.addAll(controlCharacters("park.name", park.name()));
        v.addAll(controlCharacters("park.description", park.description()));
        if (park.id() != null && !isValidId(park.id())) {
            v.add(Violation.of("park.id", "'" + park.id() + "' is not a valid id: " + idRule()));
        }
        if (park.name() == null || park.name().isBlank()) {
            v.add(Violation.of("park.name", "is required"));
        } else if (park.name().length() > 200) {
            v.add(Violation.of("park.name", "is longer than 200 characters"));
        }
        if (park.country() != null && !COUNTRY.matcher(park.country()).matches()) {
            v.add(Violation.of("park.country", "'" + park.country() + "' is not an ISO 3166-1 alpha-2 code such as RU or CN"));
        }
        if (park.currency() != null && !CURRENCY.matcher(park.currency()).matches()) {
            v.add(Violation.of("park.currency", "'" + park.currency() + "' is not an ISO 4217 code such as RUB or CNY"));
        }
        for (int i = 0; i < park.languages().size(); i++) {
            String lang = park.languages().get(i);
            if (lang == null || !LANGUAGE.matcher(lang).matches()) {
                v.add(Violation.of("park.languages[" + i + "]", "'" + lang + "' is not a BCP 47 language code such as ru, zh or en"));
            }
        }
        if (!(park.discountRate() >= 0 && park.discountRate() < 1)) {
            v.add(Violation.of("park.discountRate", park.discountRate() + " is outside [0, 1); give a fraction such as 0.08"));
        }
        if (park.lifetimeYears() < 1 || park.lifetimeYears() > MAX_LIFETIME_YEARS) {
            v.add(Violation.of("park.lifetimeYears", park.lifetimeYears() + " is outside 1.." + MAX_LIFETIME_YEARS));
        }
        if (park.workSrid() != null) {
            try {
                if (!measures.isMetricProjected(park.workSrid())) {
                    v.add(Violation.of("park.workSrid", "EPSG:" + park.workSrid()
                            + " is not a projected CRS in metres; use e.g. a UTM zone or a CGCS2000 Gauss–Krüger zone"));
                }
            } catch (UnknownCrsException e) {
                v.add(Violation.of("park.workSrid", e.getMessage()));
            }
        }
        return v;
    }
}
