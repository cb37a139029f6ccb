package org.symbiopark.park;

/**
 * One thing wrong with input, said so a person can fix it.
 *
 * @param featureIndex 0-based index of the feature in the submitted collection, {@code null} if not a feature
 * @param featureId    the feature's id if it has one
 * @param field        JSON-pointer-like path of the field, e.g. {@code geometry} or {@code streams[1].quantity}
 * @param reason       what was wrong and what is allowed
 */
public record Violation(Integer featureIndex, String featureId, String field, String reason) {

    public static Violation of(String field, String reason) {
        return new Violation(null, null, field, reason);
    }

    public Violation at(int index, String id) {
        return new Violation(index, id, field, reason);
    }

    public String describe() {
        StringBuilder s = new StringBuilder();
        if (featureIndex != null) {
            s.append("feature ").append(featureIndex);
            if (featureId != null) {
                s.append(" (id '").append(featureId).append("')");
            }
            s.append(": ");
        }
        if (field != null) {
            s.append(field).append(": ");
        }
        return s.append(reason).toString();
    }
}
