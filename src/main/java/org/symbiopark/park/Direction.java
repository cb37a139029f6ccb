package org.symbiopark.park;

/** OUT: a plant's yearly output, a "have"; IN: a yearly need, a "want". */
public enum Direction {
    IN, OUT
}
