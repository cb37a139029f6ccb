/**
 * Siting: assigning plants to parcels as a quadratic assignment problem (Koopmans–Beckmann)
 * with a linear term, forbidden assignments and pinned items ({@link org.symbiopark.siting.QapInstance}),
 * solved by {@link org.symbiopark.siting.SitingAlgorithm}s and checked exactly on small
 * instances with CP-SAT ({@link org.symbiopark.siting.CpSatQap}). Measured on QAPLIB
 * ({@link org.symbiopark.siting.QaplibReader}).
 */
package org.symbiopark.siting;
