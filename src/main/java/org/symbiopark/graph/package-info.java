/**
 * Graph primitives shared by the engines, plain Java over int ids and primitive arrays, with no
 * dependency on any other Symbiopark package: the exchange engine and the routing engine both use
 * them, and routing already depends on exchange, so they live apart from both.
 *
 * <p>{@link org.symbiopark.graph.IndexedMinHeap}: the 4-ary decrease-key priority queue of every
 * Dijkstra-like search in the code.
 */
package org.symbiopark.graph;
