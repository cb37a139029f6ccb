package org.symbiopark.web;

/** A query parameter or body field the request got wrong; answered with 400 naming it. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        this("query parameter", parameter, reason);
    }

    private InvalidParameterException(String kind, String parameter, String reason) {
        super(kind + " '" + parameter + "': " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    /** A field of the JSON body, named by its path ({@code from.point}). */
    public static InvalidParameterException bodyField(String field, String reason) {
        return new InvalidParameterException("field", field, reason);
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
