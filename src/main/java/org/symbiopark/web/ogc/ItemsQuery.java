package org.symbiopark.web.ogc;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.symbiopark.web.InvalidParameterException;

/**
 * The query of {@code /collections/{id}/items} (OGC 17-069r4 §7.15): {@code bbox}, {@code limit}
 * (1..max, default {@value #DEFAULT_LIMIT}), {@code offset} (paging by position, the form the
 * standard leaves to the server), {@code datetime} (checked, then ignored: park features carry
 * no time), {@code scenario} (which scenario a result layer shows) and {@code f}.
 */
record ItemsQuery(String bbox, List<Envelope> boxes, int limit, int offset, String datetime, String scenario) {

    static final int DEFAULT_LIMIT = 100;
    static final Set<String> PARAMETERS = Set.of("bbox", "limit", "offset", "datetime", "scenario", "f");

    static ItemsQuery parse(HttpServletRequest request, int maxLimit) {
        OgcMediaTypes.allowOnly(request, PARAMETERS);
        String bbox = request.getParameter("bbox");
        int limit = integer(request, "limit", DEFAULT_LIMIT, 1, maxLimit);
        int offset = integer(request, "offset", 0, 0, Integer.MAX_VALUE);
        String datetime = request.getParameter("datetime");
        checkDatetime(datetime);
        return new ItemsQuery(bbox, BboxParameter.parse(bbox), limit, offset, datetime, request.getParameter("scenario"));
    }

    /** This query at another offset, as the query string of a paging link. */
    String queryString(int atOffset) {
        StringBuilder q = new StringBuilder("?f=json&limit=").append(limit).append("&offset=").append(atOffset);
        append(q, "bbox", bbox);
        append(q, "datetime", datetime);
        append(q, "scenario", scenario);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static int integer(HttpServletRequest request, String name, int dflt, int min, int max) {
        String text = request.getParameter(name);
        if (text == null) {
            return dflt;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "'" + text + "' is not an integer");
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(name, "must be between " + min + " and " + max + ", was " + text);
        }
        return (int) value;
    }

    /** RFC 3339 date-time or date, or an interval of two with {@code ..} (or nothing) for an open end. */
    private static void checkDatetime(String datetime) {
        if (datetime == null) {
            return;
        }
        String[] ends = datetime.split("/", -1);
        if (ends.length > 2 || (ends.length == 2 && open(ends[0]) && open(ends[1]))) {
            throw new InvalidParameterException("datetime", "'" + datetime
                    + "' is neither an RFC 3339 instant nor an interval start/end with '..' for an open end");
        }
        for (String end : ends) {
            if (ends.length == 2 && open(end)) {
                continue;
            }
            try {
                if (end.length() == 10) {
                    LocalDate.parse(end);
                } else {
                    OffsetDateTime.parse(end);
                }
            } catch (DateTimeParseException e) {
                throw new InvalidParameterException("datetime", "'" + end + "' is not an RFC 3339 date or date-time");
            }
        }
    }

    private static boolean open(String end) {
        return end.isEmpty() || end.equals("..");
    }
}
