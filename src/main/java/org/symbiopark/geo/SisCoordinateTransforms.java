package org.symbiopark.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.sis.metadata.iso.citation.Citations;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.IdentifiedObjects;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.apache.sis.referencing.operation.transform.MathTransforms;
import org.apache.sis.util.Utilities;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryComponentFilter;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.opengis.metadata.extent.GeographicBoundingBox;
import org.opengis.referencing.NoSuchAuthorityCodeException;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.referencing.crs.SingleCRS;
import org.opengis.referencing.cs.AxisDirection;
import org.opengis.referencing.datum.Datum;
import org.opengis.referencing.operation.CoordinateOperation;
import org.opengis.referencing.operation.CoordinateOperationAuthorityFactory;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * {@link CoordinateTransforms} backed by Apache SIS 1.6 and the EPSG dataset embedded in
 * {@code sis-embedded-data} (EPSG 12.x, read through Derby).
 *
 * <p><b>Axis order.</b> Every CRS is used in SIS's {@link AxesConvention#DISPLAY_ORIENTED} form
 * (x east, y north), so EPSG:4326 is (lon, lat) and the CGCS2000 Gauss–Krüger zones, whose EPSG
 * order is (northing, easting), are (easting, northing) here. {@link #describe} still reports the
 * EPSG order for the WMS edge.
 *
 * <p><b>Which datum transformation.</b> Between two datums EPSG often lists several
 * transformations of different accuracy and area, and SIS and PROJ choose differently; a silent
 * change of choice moves features by metres. The choice here is PROJ 9's ({@code cs2cs}, GDAL,
 * QGIS, PostGIS), made per geometry from its envelope by {@link DatumShiftChoice}: the most
 * accurate transformation whose area contains the geometry, so that our coordinates agree with
 * those tools to the centimetre ({@code CrsAgreementWithProjTest} checks it). At this project's
 * sites that means:
 * <ul>
 *   <li>Pulkovo 1942 (EPSG:4284) → WGS 84: <b>EPSG:5044</b> "Pulkovo 1942 to WGS 84 (20)"
 *       (3 m) inside the bounding box of Russia (41.19°N–81.91°N, 19.58°E eastwards across the
 *       antimeridian to 168.97°W), which also takes in Tashkent, Bishkek and Almaty; south of
 *       it, e.g. at Uzbekistan's Pengsheng industrial park (40.85°N 68.67°E) and in the Fergana
 *       valley, <b>EPSG:15865</b> "(16)" (whole former USSR, 4.5 m), about 2.7 m apart. A
 *       national transformation wins only where it is the most accurate one containing the
 *       place: EPSG:1303 (Kazakhstan's Caspian shelf, 2 m) does, Latvia's (4 m) and Estonia's
 *       (5 m) do not, being inside Russia's box.</li>
 *   <li>VN-2000 (EPSG:4756) → WGS 84: <b>EPSG:6960</b> "VN-2000 to WGS 84 (2)" (Vietnam, 1 m),
 *       but <b>EPSG:5194</b> "(1)" (same accuracy, an area inside Vietnam's) inside the bounding
 *       box of the Mekong delta blocks DBSCL 02 and 03 (9.35°–11.04°N, 104.24°–107.11°E), where
 *       the two differ by about 0.8 m.</li>
 * </ul>
 * A geometry that straddles the edge of such an area gets one transformation, PROJ's fallback
 * (see {@link DatumShiftChoice}), rather than being torn between two. CGCS2000 (EPSG:4490) has no
 * EPSG transformation to WGS 84; PROJ applies a ballpark (null) shift and SIS an "unspecified
 * datum change" between the GRS 1980 and WGS 84 ellipsoids; the two agree to well under a
 * millimetre. Between two datums without an EPSG transformation of their own, where at least one
 * has some to WGS 84, the operation goes through WGS 84 (as PROJ pivots), each leg chosen as
 * above; otherwise SIS's own choice for the CRS's area of use is kept.
 *
 * <p><b>Cost.</b> The first EPSG lookup boots the embedded database (3–6 s measured on 2 busy
 * cores, about 2 s idle); the first transform between a new pair of CRSs searches the EPSG
 * operations (0.5–1.5 s; up to 2.5 s for the first Pulkovo 1942 pair, which builds 13
 * candidate transformations, then about 10 ms for each further zone). CRSs, descriptions and
 * the candidate operations are then cached per code and per (source, target) pair, each
 * candidate built once; per call only the choice runs (an envelope test per candidate, 13 at
 * most for Pulkovo 1942), and a transform costs 0.2–0.5 µs per coordinate (a point in about
 * 0.4 µs, a 1,000-point polygon in 0.2–0.5 ms).
 *
 * <p><b>Side effects.</b> Loading this class points Derby's log away from {@code derby.log} in the
 * working directory ({@link DerbyLogRedirect}) and reduces SIS's repeated warnings to one debug
 * record each ({@link SisWarningsOnce}).
 *
 * <p>Thread-safe.
 */
public final class SisCoordinateTransforms implements CoordinateTransforms {

    static {
        DerbyLogRedirect.install();
        SisWarningsOnce.install();
    }

    private static final Pattern BARE = Pattern.compile("(\\d+)");
    private static final Pattern EPSG_CODE = Pattern.compile("epsg:(\\d+)");
    private static final Pattern EPSG_URN = Pattern.compile("urn:ogc:def:crs:epsg:(?:\\d+(?:\\.\\d+)*)?:(\\d+)");
    private static final Pattern EPSG_URI =
            Pattern.compile("https?://www\\.opengis\\.net/def/crs/epsg/\\d+(?:\\.\\d+)*/(\\d+)");
    private static final Pattern CRS84 = Pattern.compile(
            "crs:84|ogc:crs84|urn:ogc:def:crs:ogc:(?:\\d+(?:\\.\\d+)*)?:crs84"
                    + "|https?://www\\.opengis\\.net/def/crs/ogc/\\d+(?:\\.\\d+)*/crs84");

    /** A CRS as EPSG defines it and in display order. */
    private record Entry(CoordinateReferenceSystem epsg, CoordinateReferenceSystem display) {
    }

    private final Map<Integer, Entry> crsCache = new ConcurrentHashMap<>();
    private final Map<Integer, CrsDescription> descriptionCache = new ConcurrentHashMap<>();
    private final Map<Long, Route> routeCache = new ConcurrentHashMap<>();

    @Override
    public int resolveSrid(String crsName) {
        if (crsName == null || crsName.isBlank()) {
            throw new UnknownCrsException("no CRS name given");
        }
        String name = crsName.trim().toLowerCase(Locale.ROOT);
        if (CRS84.matcher(name).matches()) {
            return WGS84;
        }
        for (Pattern p : new Pattern[] {BARE, EPSG_CODE, EPSG_URN, EPSG_URI}) {
            Matcher m = p.matcher(name);
            if (m.matches()) {
                int srid;
                try {
                    srid = Integer.parseInt(m.group(1));
                } catch (NumberFormatException e) {
                    throw new UnknownCrsException("unknown CRS \"" + crsName + "\": code out of range");
                }
                entry(srid);
                return srid;
            }
        }
        throw new UnknownCrsException("unknown CRS \"" + crsName
                + "\": expected EPSG:n, urn:ogc:def:crs:EPSG::n, http://www.opengis.net/def/crs/EPSG/0/n,"
                + " CRS:84 or OGC:CRS84");
    }

    @Override
    public CrsDescription describe(int srid) {
        CrsDescription cached = descriptionCache.get(srid);
        if (cached != null) {
            return cached;
        }
        CrsDescription d = describe(srid, entry(srid).epsg());
        descriptionCache.putIfAbsent(srid, d);
        return d;
    }

    private static CrsDescription describe(int srid, CoordinateReferenceSystem crs) {
        GeographicBoundingBox b = CRS.getGeographicBoundingBox(crs);
        AreaOfUse area = b == null ? AreaOfUse.WORLD
                : new AreaOfUse(b.getWestBoundLongitude(), b.getSouthBoundLatitude(),
                        b.getEastBoundLongitude(), b.getNorthBoundLatitude());
        AxisDirection first = crs.getCoordinateSystem().getAxis(0).getDirection();
        boolean northingFirst = first == AxisDirection.NORTH || first == AxisDirection.SOUTH;
        return new CrsDescription(srid, crs.getName().getCode(), area, crs instanceof GeographicCRS,
                northingFirst);
    }

    @Override
    public Geometry transform(Geometry geometry, int sourceSrid, int targetSrid) {
        MathTransform mt = mathTransform(sourceSrid, targetSrid, geometry.getEnvelopeInternal());
        GeometryFactory factory = new GeometryFactory(geometry.getPrecisionModel(), targetSrid,
                geometry.getFactory().getCoordinateSequenceFactory());
        Geometry result = factory.createGeometry(geometry);
        if (mt.isIdentity()) {
            return result;
        }
        RuntimeException[] failure = new RuntimeException[1];
        result.apply((GeometryComponentFilter) component -> {
            if (failure[0] != null) {
                return;
            }
            CoordinateSequence seq = component instanceof LineString line ? line.getCoordinateSequence()
                    : component instanceof Point point ? point.getCoordinateSequence() : null;
            if (seq != null && seq.size() > 0) {
                try {
                    transformInPlace(seq, mt, sourceSrid, targetSrid);
                } catch (RuntimeException e) {
                    failure[0] = e;
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        result.geometryChanged();
        return result;
    }

    private static void transformInPlace(CoordinateSequence seq, MathTransform mt, int sourceSrid, int targetSrid) {
        int n = seq.size();
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = seq.getX(i);
            xy[2 * i + 1] = seq.getY(i);
        }
        double[] out = new double[2 * n];
        try {
            mt.transform(xy, 0, out, 0, n);
        } catch (TransformException e) {
            throw new IllegalArgumentException("cannot transform coordinates from EPSG:" + sourceSrid
                    + " to EPSG:" + targetSrid + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < n; i++) {
            double x = out[2 * i];
            double y = out[2 * i + 1];
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("coordinate " + i + " (" + xy[2 * i] + ", " + xy[2 * i + 1]
                        + ") cannot be transformed from EPSG:" + sourceSrid + " to EPSG:" + targetSrid
                        + ": it lies outside the domain of the operation");
            }
            seq.setOrdinate(i, 0, x);
            seq.setOrdinate(i, 1, y);
        }
    }

    /** The transform between two CRSs in display order (x east, y north) for a geometry with this envelope. */
    MathTransform mathTransform(int sourceSrid, int targetSrid, Envelope sourceEnvelope) {
        Route route = route(sourceSrid, targetSrid);
        return route.transform(route.choose(sourceEnvelope));
    }

    /** The EPSG code of the datum transformation used for a geometry with this envelope, if any. */
    Optional<String> datumShift(int sourceSrid, int targetSrid, Envelope sourceEnvelope) {
        Route route = route(sourceSrid, targetSrid);
        return route.describe(route.choose(sourceEnvelope));
    }

    private Route route(int sourceSrid, int targetSrid) {
        long key = ((long) sourceSrid << 32) | (targetSrid & 0xffffffffL);
        Route cached = routeCache.get(key);
        if (cached != null) {
            return cached;
        }
        Route route = buildRoute(sourceSrid, targetSrid);
        Route raced = routeCache.putIfAbsent(key, route);
        return raced != null ? raced : route;
    }

    private Route buildRoute(int sourceSrid, int targetSrid) {
        Entry source = entry(sourceSrid);
        Entry target = entry(targetSrid);
        try {
            if (sourceSrid == targetSrid) {
                return new Fixed(MathTransforms.identity(2));
            }
            if (Utilities.equalsIgnoreMetadata(datum(source.epsg()), datum(target.epsg()))) {
                return new Fixed(CRS.findOperation(source.display(), target.display(), null).getMathTransform());
            }
            DatumShiftChoice direct = datumShifts(source, target);
            if (direct != null) {
                return new Choice(direct);
            }
            if (sourceSrid != WGS84 && targetSrid != WGS84 && !isWgs84Datum(source) && !isWgs84Datum(target)) {
                Route first = route(sourceSrid, WGS84);
                Route second = route(WGS84, targetSrid);
                if (first instanceof Choice || second instanceof Choice) {
                    return new ViaWgs84(first, second);
                }
            }
            CoordinateReferenceSystem crs = source.display();
            return new Fixed(CRS.findOperation(crs, target.display(),
                    targetSrid == WGS84 ? CRS.getGeographicBoundingBox(crs) : null).getMathTransform());
        } catch (FactoryException e) {
            throw new IllegalArgumentException("no coordinate operation from EPSG:" + sourceSrid + " to EPSG:"
                    + targetSrid + ": " + e.getMessage(), e);
        }
    }

    private boolean isWgs84Datum(Entry e) {
        return Utilities.equalsIgnoreMetadata(datum(e.epsg()), datum(entry(WGS84).epsg()));
    }

    /** The EPSG transformations between the two CRSs' base geographic CRSs as a choice, or null if none. */
    private static DatumShiftChoice datumShifts(Entry source, Entry target) throws FactoryException {
        String sourceBase = baseCode(source.epsg());
        String targetBase = baseCode(target.epsg());
        if (sourceBase == null || targetBase == null) {
            return null;
        }
        List<CoordinateOperation> transformations = new ArrayList<>();
        try {
            var factory = (CoordinateOperationAuthorityFactory) CRS.getAuthorityFactory("EPSG");
            transformations.addAll(factory.createFromCoordinateReferenceSystemCodes(sourceBase, targetBase));
            transformations.addAll(factory.createFromCoordinateReferenceSystemCodes(targetBase, sourceBase));
        } catch (FactoryException | RuntimeException e) {
            // e.g. a grid SIS does not have: keep SIS's own choice for this pair
            return null;
        }
        if (transformations.isEmpty()) {
            return null;
        }
        CoordinateReferenceSystem display = source.display();
        CoordinateReferenceSystem base = display instanceof ProjectedCRS p
                ? AbstractCRS.castOrCopy(p.getBaseCRS()).forConvention(AxesConvention.DISPLAY_ORIENTED)
                : display;
        return DatumShiftChoice.of(display, base, target.display(), transformations);
    }

    private static String baseCode(CoordinateReferenceSystem crs) {
        CoordinateReferenceSystem base = crs instanceof ProjectedCRS p ? p.getBaseCRS() : crs;
        var id = IdentifiedObjects.getIdentifier(base, Citations.EPSG);
        return id == null ? null : id.getCode();
    }

    /** How to go from one CRS to another: the operations to choose from and the rule to choose. */
    private interface Route {
        /** Which operation serves a geometry with this envelope (in source coordinates). */
        int choose(Envelope sourceEnvelope);

        MathTransform transform(int choice);

        Optional<String> describe(int choice);
    }

    /** One operation wherever the geometry is (same datum, or a single datum change). */
    private record Fixed(MathTransform transform) implements Route {
        @Override
        public int choose(Envelope sourceEnvelope) {
            return 0;
        }

        @Override
        public MathTransform transform(int choice) {
            return transform;
        }

        @Override
        public Optional<String> describe(int choice) {
            return Optional.empty();
        }
    }

    /** EPSG's transformations between the two datums, chosen per geometry by PROJ's rule. */
    private record Choice(DatumShiftChoice choice) implements Route {
        @Override
        public int choose(Envelope sourceEnvelope) {
            return choice.choose(sourceEnvelope);
        }

        @Override
        public MathTransform transform(int i) {
            return choice.candidates().get(i).transform;
        }

        @Override
        public Optional<String> describe(int i) {
            return Optional.of(choice.candidates().get(i).code);
        }
    }

    /**
     * Through WGS 84 where EPSG has no transformation between the two datums, as PROJ pivots;
     * each leg chosen by the geometry's envelope on that leg's source side.
     */
    private static final class ViaWgs84 implements Route {
        private final Route first;
        private final Route second;
        private final int secondChoices;
        private final AtomicReferenceArray<MathTransform> concatenated;

        ViaWgs84(Route first, Route second) {
            this.first = first;
            this.second = second;
            this.secondChoices = choices(second);
            this.concatenated = new AtomicReferenceArray<>(choices(first) * secondChoices);
        }

        private static int choices(Route r) {
            return r instanceof Choice c ? c.choice().candidates().size() : 1;
        }

        @Override
        public int choose(Envelope sourceEnvelope) {
            int i = first.choose(sourceEnvelope);
            return i * secondChoices + second.choose(image(first.transform(i), sourceEnvelope));
        }

        @Override
        public MathTransform transform(int choice) {
            MathTransform mt = concatenated.get(choice);
            if (mt == null) {
                mt = MathTransforms.concatenate(first.transform(choice / secondChoices),
                        second.transform(choice % secondChoices));
                concatenated.compareAndSet(choice, null, mt);
            }
            return mt;
        }

        @Override
        public Optional<String> describe(int choice) {
            Optional<String> a = first.describe(choice / secondChoices);
            Optional<String> b = second.describe(choice % secondChoices);
            if (a.isPresent() && b.isPresent()) {
                return Optional.of(a.get() + " + " + b.get());
            }
            return a.isPresent() ? a : b;
        }

        /** The envelope of the corners and centre of an envelope after a transform (enough to choose a shift). */
        private static Envelope image(MathTransform mt, Envelope e) {
            Envelope result = new Envelope();
            if (e == null || e.isNull()) {
                return result;
            }
            double[] pts = {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMinY(), e.getMaxX(), e.getMaxY(),
                    e.getMinX(), e.getMaxY(), e.centre().x, e.centre().y};
            double[] out = new double[2];
            for (int i = 0; i < pts.length; i += 2) {
                try {
                    mt.transform(pts, i, out, 0, 1);
                } catch (TransformException ex) {
                    continue;
                }
                if (Double.isFinite(out[0]) && Double.isFinite(out[1])) {
                    result.expandToInclude(out[0], out[1]);
                }
            }
            return result;
        }
    }

    private static Datum datum(CoordinateReferenceSystem crs) {
        return ((SingleCRS) crs).getDatum();
    }

    private Entry entry(int srid) {
        Entry cached = crsCache.get(srid);
        if (cached != null) {
            return cached;
        }
        Entry e = lookup(srid);
        crsCache.putIfAbsent(srid, e);
        return e;
    }

    private static Entry lookup(int srid) {
        CoordinateReferenceSystem crs;
        try {
            crs = CRS.forCode("EPSG:" + srid);
        } catch (NoSuchAuthorityCodeException e) {
            throw new UnknownCrsException("unknown CRS EPSG:" + srid + ": no such code in the EPSG dataset");
        } catch (FactoryException e) {
            throw new UnknownCrsException("unknown CRS EPSG:" + srid + ": " + e.getMessage());
        }
        if (!(crs instanceof SingleCRS) || !CRS.isHorizontalCRS(crs)) {
            throw new UnknownCrsException("EPSG:" + srid + " (" + crs.getName().getCode()
                    + ") is not a two-dimensional horizontal CRS");
        }
        CoordinateReferenceSystem display = AbstractCRS.castOrCopy(crs).forConvention(AxesConvention.DISPLAY_ORIENTED);
        return new Entry(crs, display);
    }
}
