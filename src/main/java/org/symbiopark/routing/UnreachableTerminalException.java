package org.symbiopark.routing;

/** A terminal or target that no path reaches; the message names it. */
public class UnreachableTerminalException extends RuntimeException {

    private final String what;

    public UnreachableTerminalException(String what, String message) {
        super(message);
        this.what = what;
    }

    /** The name of what cannot be reached (a node number, a cell). */
    public String what() {
        return what;
    }
}
