package org.symbiopark.park;

import java.util.Arrays;
import java.util.Optional;

/** Whether a parcel can still take a plant. */
public enum ParcelStatus {
    AVAILABLE("available"), OCCUPIED("occupied"), RESERVED("reserved");

    private final String code;

    ParcelStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ParcelStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
