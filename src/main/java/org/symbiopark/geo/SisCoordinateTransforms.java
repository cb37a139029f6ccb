package org.symbiopark.geo;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import org.opengis.referencing.operation.NoninvertibleTransformException;
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
 * transformations of different accuracy and area, and SIS and PROJ rank them differently; a
 * silent change of choice moves features by metres. The choice is therefore pinned here, per
 * geographic base CRS, to the transformation to WGS 84 that PROJ 9 ({@code cs2cs}, GDAL, QGIS,
 * PostGIS) applies at points inside the projected CRSs this project uses, so that our coordinates
 * agree with those tools to the centimetre ({@code CrsAgreementWithProjTest} checks it):
 * <ul>
 *   <li>Pulkovo 1942 (EPSG:4284) → WGS 84: <b>EPSG:5044</b> "Pulkovo 1942 to WGS 84 (20)",
 *       Russia onshore, 3 m. PROJ lists EPSG:15865 ("(16)", whole former USSR, 4.5 m) first but,
 *       at each point, applies the most accurate candidate whose area's bounding box contains it,
 *       which is EPSG:5044 anywhere in the bounding box of Russia (north of 41°N, east of 19°E);
 *       SIS alone would take EPSG:15865. Outside Russia (e.g. Pulkovo 1942 zones used in
 *       the Baltic states or Kazakhstan) a national transformation would be better; PROJ too
 *       uses 5044 there when the point is inside Russia's box.</li>
 *   <li>VN-2000 (EPSG:4756) → WGS 84: <b>EPSG:6960</b> "VN-2000 to WGS 84 (2)", Vietnam onshore,
 *       1 m. PROJ prefers EPSG:5194 ("(1)", same accuracy) only inside the two Mekong delta
 *       blocks DBSCL 02/03 (about 9.3°–10.6°N, 105.5°–106.6°E), where results differ by
 *       about 0.8 m.</li>
 * </ul>
 * CGCS2000 (EPSG:4490) has no EPSG transformation to WGS 84; PROJ applies a ballpark (null)
 * shift and SIS an "unspecified datum change" between the GRS 1980 and WGS 84 ellipsoids; the
 * two agree to well under a millimetre. Other datums use SIS's choice for the CRS's area of use.
 * A transformation between two datums of which one is pinned goes through WGS 84 (as PROJ does
 * when no direct transformation applies); between two unpinned datums SIS's direct choice is kept.
 *
 * <p><b>Cost.</b> The first EPSG lookup boots the embedded database (3–6 s measured on 2 busy
 * cores, about 2 s idle); the first transform between a new pair of CRSs searches the EPSG
 * operations (0.5–1.5 s). CRSs, descriptions and transforms are then cached per code and per
 * (source, target) pair, and a cached transform costs 0.2–0.5 µs per coordinate (a 1,000-point
 * polygon in 0.2–0.5 ms).
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

    /** Geographic base CRS code → the EPSG transformation from it to WGS 84; see the class javadoc. */
    private static final Map<Integer, Integer> PINNED_TO_WGS84 = Map.of(
            4284, 5044,   // Pulkovo 1942 to WGS 84 (20)
            4756, 6960);  // VN-2000 to WGS 84 (2)

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
    private final Map<Long, MathTransform> transformCache = new ConcurrentHashMap<>();
    private final Map<Integer, MathTransform> toWgs84Cache = new ConcurrentHashMap<>();

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
        BoundingBox area;
        if (b == null) {
            area = new BoundingBox(-180, -90, 180, 90);
        } else if (b.getWestBoundLongitude() > b.getEastBoundLongitude()) {
            // Crosses the antimeridian (e.g. Russia-wide CRSs); BoundingBox cannot wrap, so widen.
            area = new BoundingBox(-180, b.getSouthBoundLatitude(), 180, b.getNorthBoundLatitude());
        } else {
            area = new BoundingBox(b.getWestBoundLongitude(), b.getSouthBoundLatitude(),
                    b.getEastBoundLongitude(), b.getNorthBoundLatitude());
        }
        AxisDirection first = crs.getCoordinateSystem().getAxis(0).getDirection();
        boolean northingFirst = first == AxisDirection.NORTH || first == AxisDirection.SOUTH;
        return new CrsDescription(srid, crs.getName().getCode(), area, crs instanceof GeographicCRS,
                northingFirst);
    }

    @Override
    public Geometry transform(Geometry geometry, int sourceSrid, int targetSrid) {
        MathTransform mt = mathTransform(sourceSrid, targetSrid);
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

    /** The transform between two CRSs in display order (x east, y north), cached. */
    MathTransform mathTransform(int sourceSrid, int targetSrid) {
        long key = ((long) sourceSrid << 32) | (targetSrid & 0xffffffffL);
        MathTransform cached = transformCache.get(key);
        if (cached != null) {
            return cached;
        }
        MathTransform mt = buildTransform(sourceSrid, targetSrid);
        transformCache.putIfAbsent(key, mt);
        return mt;
    }

    private MathTransform buildTransform(int sourceSrid, int targetSrid) {
        Entry source = entry(sourceSrid);
        Entry target = entry(targetSrid);
        try {
            if (sourceSrid == targetSrid) {
                return MathTransforms.identity(2);
            }
            boolean sameDatum = Utilities.equalsIgnoreMetadata(datum(source.epsg()), datum(target.epsg()));
            boolean pinned = pinnedTransformation(source.epsg()) != null
                    || pinnedTransformation(target.epsg()) != null;
            if (!sameDatum && pinned) {
                return MathTransforms.concatenate(toWgs84(sourceSrid), toWgs84(targetSrid).inverse());
            }
            return CRS.findOperation(source.display(), target.display(), null).getMathTransform();
        } catch (FactoryException | NoninvertibleTransformException e) {
            throw new IllegalArgumentException("no coordinate operation from EPSG:" + sourceSrid + " to EPSG:"
                    + targetSrid + ": " + e.getMessage(), e);
        }
    }

    /** From a CRS (display order) to WGS 84 (lon, lat), with the pinned datum shift if any. */
    private MathTransform toWgs84(int srid) throws FactoryException {
        MathTransform cached = toWgs84Cache.get(srid);
        if (cached != null) {
            return cached;
        }
        CoordinateReferenceSystem crs = entry(srid).display();
        CoordinateReferenceSystem wgs84 = entry(WGS84).display();
        Integer pin = pinnedTransformation(entry(srid).epsg());
        MathTransform mt;
        if (pin == null) {
            mt = CRS.findOperation(crs, wgs84, CRS.getGeographicBoundingBox(crs)).getMathTransform();
        } else {
            var factory = (CoordinateOperationAuthorityFactory) CRS.getAuthorityFactory("EPSG");
            CoordinateOperation shift = factory.createCoordinateOperation(Integer.toString(pin));
            mt = MathTransforms.concatenate(
                    CRS.findOperation(crs, shift.getSourceCRS(), null).getMathTransform(),
                    shift.getMathTransform(),
                    CRS.findOperation(shift.getTargetCRS(), wgs84, null).getMathTransform());
        }
        toWgs84Cache.putIfAbsent(srid, mt);
        return mt;
    }

    private static Integer pinnedTransformation(CoordinateReferenceSystem crs) {
        CoordinateReferenceSystem base = crs instanceof ProjectedCRS p ? p.getBaseCRS() : crs;
        var id = IdentifiedObjects.getIdentifier(base, Citations.EPSG);
        if (id == null) {
            return null;
        }
        try {
            return PINNED_TO_WGS84.get(Integer.parseInt(id.getCode()));
        } catch (NumberFormatException e) {
            return null;
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
