package org.symbiopark.park;

import java.util.Arrays;
import java.util.Optional;

/** Whether a plant or pipeline stands already or is planned. */
public enum DevelopmentStatus {
    EXISTING("existing"), PROPOSED("proposed");

    private final String code;

    DevelopmentStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DevelopmentStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
