package org.symbiopark.web.ogc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.symbiopark.web.InvalidParameterException;

/**
 * What a request to the OGC API may ask for: its query parameters (the standard lets a server
 * refuse parameters it does not know, OGC 17-069r4 §7.6) and its representation, by the {@code f}
 * parameter or else by HTTP content negotiation (RFC 9110 §12.5.1). Only JSON encodings are
 * served, so {@code f=json} is the one format.
 */
final class OgcMediaTypes {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final MediaType OPENAPI_JSON = MediaType.parseMediaType("application/vnd.oai.openapi+json;version=3.0");

    private OgcMediaTypes() {
    }

    /** Refuses a request carrying a query parameter outside {@code allowed}. */
    static void allowOnly(HttpServletRequest request, Set<String> allowed) {
        for (String name : request.getParameterMap().keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidParameterException(name, "unknown parameter; this resource takes "
                        + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed))));
            }
        }
    }

    /**
     * The media type to answer with: the first of {@code offered} the client accepts.
     *
     * @throws InvalidParameterException             for an {@code f} other than json
     * @throws HttpMediaTypeNotAcceptableException    when the Accept header admits none of them
     */
    static MediaType negotiate(HttpServletRequest request, MediaType... offered) throws HttpMediaTypeNotAcceptableException {
        String f = request.getParameter("f");
        if (f != null) {
            if (!f.equalsIgnoreCase("json")) {
                throw new InvalidParameterException("f", "format '" + f + "' is not served; use f=json");
            }
            return offered[0];
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return offered[0];
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return offered[0];
        }
        MediaType.sortBySpecificityAndQuality(accepted);
        for (MediaType a : accepted) {
            if (a.getQualityValue() <= 0) {
                continue;
            }
            for (MediaType o : offered) {
                if (a.isCompatibleWith(o)) {
                    return o;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(List.of(offered));
    }
}
