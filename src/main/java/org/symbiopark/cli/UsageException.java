package org.symbiopark.cli;

/** Arguments a command cannot make sense of; the dispatcher prints the message and the usage, exit code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
