package org.symbiopark.park;

import java.util.Arrays;
import java.util.Optional;

/** Land-use zoning of a parcel. The codes are the ones used in files and in the API. */
public enum ZoningClass {
    INDUSTRIAL_LIGHT("industrial-light"),
    INDUSTRIAL_HEAVY("industrial-heavy"),
    CHEMICAL("chemical"),
    LOGISTICS("logistics"),
    UTILITY("utility"),
    COMMERCIAL("commercial"),
    AGRICULTURAL("agricultural"),
    RESIDENTIAL("residential"),
    GREEN("green"),
    PROTECTED("protected");

    private final String code;

    ZoningClass(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Land where people live or nature is protected: what safety buffers keep hazards away from. */
    public boolean isSensitive() {
        return this == RESIDENTIAL || this == PROTECTED;
    }

    public static Optional<ZoningClass> fromCode(String code) {
        return Arrays.stream(values()).filter(z -> z.code.equals(code)).findFirst();
    }

    public static String allowedCodes() {
        return String.join(", ", Arrays.stream(values()).map(ZoningClass::code).toList());
    }
}
