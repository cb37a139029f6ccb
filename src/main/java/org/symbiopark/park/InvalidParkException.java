package org.symbiopark.park;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks the park model's rules; carries every violation found. The web edge maps it to 422. */
public class InvalidParkException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidParkException(List<Violation> violations) {
        super(violations.stream().limit(5).map(Violation::describe).collect(Collectors.joining("; "))
                + (violations.size() > 5 ? "; and " + (violations.size() - 5) + " more" : ""));
        this.violations = List.copyOf(violations);
    }

    public InvalidParkException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
