package org.symbiopark.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.IdentifiedObjects;
import org.apache.sis.referencing.operation.transform.MathTransforms;
import org.apache.sis.util.Utilities;
import org.locationtech.jts.geom.Envelope;
import org.opengis.metadata.extent.GeographicBoundingBox;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.SingleCRS;
import org.opengis.referencing.operation.CoordinateOperation;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.NoninvertibleTransformException;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * The EPSG transformations between two datums, as candidates for one pair of CRSs, and the rule
 * PROJ 9 ({@code proj_trans}, {@code pj_get_suggested_operation}) uses to pick one of them at a
 * place.
 *
 * <p><b>Candidates.</b> Each EPSG transformation between the two geographic base CRSs, framed by
 * the conversions from the source CRS and to the target CRS, provided its area of use meets the
 * areas of both CRSs (PROJ's "partial intersection" criterion with, as no area of interest is
 * given, the CRSs' common area). They are kept in PROJ's order: larger share of that common area
 * first, then better (smaller) accuracy. That order decides ties and the fallback.
 *
 * <p><b>Choice.</b> Each candidate's own area of use (as PROJ: not cut down to the CRSs' areas;
 * split in two at the antimeridian) is expressed once in source-CRS coordinates (for a projected
 * source, the envelope of its boundary projected at 21 points per edge, as PROJ's
 * {@code reproject_bbox}), so the choice for a geometry is only envelope comparisons. Among the
 * candidates whose area contains the geometry's envelope: the one of best known accuracy; at
 * equal accuracy a later one whose area lies strictly inside the chosen one's (a national block
 * inside a country); an area described as "- offshore" only when nothing else matches. When no
 * area contains the envelope, the first candidate (PROJ's fallback: the first operation of its
 * list). PROJ chooses per point; here one operation serves a whole geometry, so a parcel that
 * straddles two areas is moved rigidly rather than torn by the difference between two shifts
 * (metres).
 *
 * <p><b>Limits.</b> EPSG's supersession records are not read (PROJ drops a superseded
 * transformation when its successor is a candidate too); the superseded ones met so far have the
 * same area as their successor and a worse accuracy, so they are never chosen anyway. Grid-based
 * transformations that SIS cannot build are skipped, as PROJ skips those whose grids are missing;
 * where PROJ has a grid SIS lacks, the two disagree (DHDN / 3-degree Gauss–Krüger zone 3,
 * EPSG:31467: 0.4 m, PROJ applying the BETA2007 grid).
 *
 * <p>Built once per CRS pair (milliseconds); {@link #forEnvelope} costs a few comparisons per
 * candidate. Thread-safe.
 */
final class DatumShiftChoice {

    /** Points per edge when projecting an extent, as PROJ's {@code proj_trans_bounds} densifies. */
    private static final int EDGE_POINTS = 21;

    private final List<Candidate> candidates;

    private DatumShiftChoice(List<Candidate> candidates) {
        this.candidates = candidates;
    }

    /** One EPSG transformation framed between the source and target CRS. */
    static final class Candidate {
        final String code;
        /** Metres; −1 where EPSG gives none (PROJ's convention, which it never prefers over a known one). */
        final double accuracyM;
        final boolean offshore;
        /** Its area of use in source-CRS coordinates (two boxes when split at ±180°, as PROJ splits it). */
        final Envelope[] sourceExtent;
        final double extentArea;
        final MathTransform transform;

        Candidate(String code, double accuracyM, boolean offshore, Envelope[] sourceExtent, double extentArea,
                  MathTransform transform) {
            this.code = code;
            this.accuracyM = accuracyM;
            this.offshore = offshore;
            this.sourceExtent = sourceExtent;
            this.extentArea = extentArea;
            this.transform = transform;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    /**
     * The candidates between two CRSs of different datums, or null when EPSG has no transformation
     * between their base geographic CRSs (or SIS can build none of them).
     *
     * @param source         the source CRS in display order (x east, y north)
     * @param sourceBase     its geographic base CRS in display order (the source itself if geographic)
     * @param target         the target CRS in display order
     * @param transformations EPSG transformations between the two base CRSs, in either direction
     */
    static DatumShiftChoice of(CoordinateReferenceSystem source, CoordinateReferenceSystem sourceBase,
                               CoordinateReferenceSystem target, List<CoordinateOperation> transformations)
            throws FactoryException {
        GeographicBoundingBox sourceArea = CRS.getGeographicBoundingBox(source);
        GeographicBoundingBox targetArea = CRS.getGeographicBoundingBox(target);
        MathTransform baseToSource = source == sourceBase ? null
                : CRS.findOperation(sourceBase, source, null).getMathTransform();
        List<Candidate> list = new ArrayList<>();
        for (CoordinateOperation op : transformations) {
            double[] area = box(CRS.getGeographicBoundingBox(op));
            double[] overlap = intersect(area, intersect(box(sourceArea), box(targetArea)));
            if (overlap == null) {
                continue;
            }
            MathTransform shift = op.getMathTransform();
            if (shift == null) {
                continue;
            }
            CoordinateReferenceSystem from = op.getSourceCRS();
            CoordinateReferenceSystem to = op.getTargetCRS();
            boolean reversed = !sameDatum(from, sourceBase);
            if (reversed && !sameDatum(to, sourceBase)) {
                continue;
            }
            MathTransform mt;
            try {
                if (reversed) {
                    shift = shift.inverse();
                    CoordinateReferenceSystem t = from;
                    from = to;
                    to = t;
                }
                mt = MathTransforms.concatenate(
                        CRS.findOperation(source, from, null).getMathTransform(),
                        shift,
                        CRS.findOperation(to, target, null).getMathTransform());
            } catch (NoninvertibleTransformException | FactoryException e) {
                continue;
            }
            double accuracy = CRS.getLinearAccuracy(op);
            String areaName = op.getDomainOfValidity() == null || op.getDomainOfValidity().getDescription() == null
                    ? "" : op.getDomainOfValidity().getDescription().toString(Locale.ROOT);
            Envelope[] extent = sourceExtent(area, baseToSource);
            if (extent.length > 0) {
                list.add(new Candidate(IdentifiedObjects.getIdentifierOrName(op),
                        Double.isFinite(accuracy) && accuracy >= 0 ? accuracy : -1,
                        areaName.contains("- offshore"), extent, sphericalArea(overlap), mt));
            }
        }
        if (list.isEmpty()) {
            return null;
        }
        list.sort(Comparator.comparingDouble((Candidate c) -> -c.extentArea)
                .thenComparingDouble(c -> c.accuracyM < 0 ? Double.MAX_VALUE : c.accuracyM));
        return new DatumShiftChoice(List.copyOf(list));
    }

    private static boolean sameDatum(CoordinateReferenceSystem a, CoordinateReferenceSystem b) {
        return a instanceof SingleCRS sa && b instanceof SingleCRS sb
                && Utilities.equalsIgnoreMetadata(sa.getDatum(), sb.getDatum());
    }

    List<Candidate> candidates() {
        return candidates;
    }

    /** The index in {@link #candidates} of the one PROJ would apply to a geometry with this envelope in source-CRS coordinates. */
    int choose(Envelope sourceEnvelope) {
        int best = -1;
        Envelope bestPart = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            for (Envelope part : c.sourceExtent) {
                if (!part.covers(sourceEnvelope)) {
                    continue;
                }
                double bestAccuracy = best < 0 ? 0 : candidates.get(best).accuracyM;
                if (best < 0 || (c.accuracyM >= 0 && !c.offshore
                        && (c.accuracyM < bestAccuracy
                            || (c.accuracyM == bestAccuracy && strictlyInside(part, bestPart))))) {
                    best = i;
                    bestPart = part;
                }
            }
        }
        return Math.max(best, 0);
    }

    private static boolean strictlyInside(Envelope a, Envelope b) {
        return a.getMinX() > b.getMinX() && a.getMinY() > b.getMinY()
                && a.getMaxX() < b.getMaxX() && a.getMaxY() < b.getMaxY();
    }

    /** {west, south, east, north} in degrees, east < west when crossing the antimeridian; the world if unknown. */
    private static double[] box(GeographicBoundingBox b) {
        if (b == null) {
            return new double[] {-180, -90, 180, 90};
        }
        return new double[] {b.getWestBoundLongitude(), b.getSouthBoundLatitude(),
                b.getEastBoundLongitude(), b.getNorthBoundLatitude()};
    }

    /**
     * The intersection of two boxes on the sphere, east may exceed 180 (wrapped), or null if
     * empty. Of two disjoint longitude overlaps (possible only for two wrapped boxes) the larger.
     */
    static double[] intersect(double[] a, double[] b) {
        if (a == null || b == null) {
            return null;
        }
        double south = Math.max(a[1], b[1]);
        double north = Math.min(a[3], b[3]);
        if (south > north) {
            return null;
        }
        double aw = a[0];
        double ae = a[2] < a[0] ? a[2] + 360 : a[2];
        double bw = b[0];
        double be = b[2] < b[0] ? b[2] + 360 : b[2];
        double[] best = null;
        for (double shift = -360; shift <= 360; shift += 360) {
            double w = Math.max(aw, bw + shift);
            double e = Math.min(ae, be + shift);
            if (w <= e && (best == null || e - w > best[2] - best[0])) {
                best = new double[] {w, south, e, north};
            }
        }
        if (best == null) {
            return null;
        }
        while (best[0] >= 180) {
            best[0] -= 360;
            best[2] -= 360;
        }
        while (best[0] < -180) {
            best[0] += 360;
            best[2] += 360;
        }
        return best;
    }

    /** Steradian-proportional size of a box, to order candidates by extent as PROJ does. */
    private static double sphericalArea(double[] box) {
        return Math.toRadians(box[2] - box[0])
                * (Math.sin(Math.toRadians(box[3])) - Math.sin(Math.toRadians(box[1])));
    }

    /**
     * A transformation's area in source-CRS coordinates: split in two at ±180° if it crosses the
     * antimeridian, and each part projected (if the source is projected) as the envelope of its
     * boundary at 21 points per edge, the points the projection cannot map left out. A part that
     * the projection cannot map at all is dropped.
     */
    private static Envelope[] sourceExtent(double[] box, MathTransform baseToSource) {
        double[][] parts = box[2] < box[0]
                ? new double[][] {{box[0], box[1], 180, box[3]}, {-180, box[1], box[2], box[3]}}
                : new double[][] {box};
        List<Envelope> result = new ArrayList<>();
        for (double[] part : parts) {
            Envelope e = baseToSource == null ? new Envelope(part[0], part[2], part[1], part[3])
                    : projected(part, baseToSource);
            if (!e.isNull()) {
                result.add(e);
            }
        }
        return result.toArray(Envelope[]::new);
    }

    private static Envelope projected(double[] box, MathTransform baseToSource) {
        double[] pts = new double[8 * EDGE_POINTS];
        int k = 0;
        for (int i = 0; i < EDGE_POINTS; i++) {
            double f = i / (EDGE_POINTS - 1.0);
            double lon = box[0] + f * (box[2] - box[0]);
            double lat = box[1] + f * (box[3] - box[1]);
            pts[k++] = lon;
            pts[k++] = box[1];
            pts[k++] = lon;
            pts[k++] = box[3];
            pts[k++] = box[0];
            pts[k++] = lat;
            pts[k++] = box[2];
            pts[k++] = lat;
        }
        Envelope env = new Envelope();
        double[] out = new double[2];
        for (int i = 0; i < pts.length; i += 2) {
            try {
                baseToSource.transform(pts, i, out, 0, 1);
            } catch (TransformException e) {
                continue;
            }
            if (Double.isFinite(out[0]) && Double.isFinite(out[1])) {
                env.expandToInclude(out[0], out[1]);
            }
        }
        return env;
    }
}
