package org.symbiopark.routing;

/** A terminal or target that no path reaches; the message names it. */
public class UnreachableTerminalException extends RuntimeException {

    private final String what;
    private final int node;

    public UnreachableTerminalException(String what, String message) {
        this(what, -1, message);
    }

    /** A graph node that cannot be reached; {@link #node()} gives its number. */
    public UnreachableTerminalException(String what, int node, String message) {
        super(message);
        this.what = what;
        this.node = node;
    }

    /** The graph node that cannot be reached, or -1 when it is not a graph node (a cell). */
    public int node() {
        return node;
    }

    /** The name of what cannot be reached (a node number, a cell). */
    public String what() {
        return what;
    }
}
