package org.symbiopark.store;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items  the items of this page
 * @param total  how many items match in all
 * @param limit  page size asked for
 * @param offset index of the first item
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public Page {
        items = List.copyOf(items);
    }
}
