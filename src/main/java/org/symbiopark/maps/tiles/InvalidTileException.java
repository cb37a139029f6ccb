package org.symbiopark.maps.tiles;

/** A tile address outside the tiling; {@link #parameter()} names the offending coordinate (z, x or y). */
public class InvalidTileException extends IllegalArgumentException {

    private final String parameter;
    private final String reason;

    public InvalidTileException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
