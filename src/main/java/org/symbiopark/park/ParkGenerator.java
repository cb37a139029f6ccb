package org.symbiopark.park;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.symbiopark.exchange.Resource;
import org.symbiopark.exchange.ResourceCatalog;

/**
 * Seeded synthetic parks for benchmarks and scale tests: a square grid of rectangular parcels
 * separated by streets (road corridors), with plants on some parcels and random yearly streams
 * of catalog resources. The same seed and sizes give the same park.
 *
 * <p>The grid is laid out in metres around a centre point and converted to degrees with the
 * local scale of a sphere of radius 6,371 km (a metre of easting is 1/cos(lat) times more
 * degrees than a metre of northing); that is plenty for test data and keeps this class free
 * of CRS machinery.
 */
public final class ParkGenerator {

    private static final double METRES_PER_DEGREE = Math.PI * 6_371_000.0 / 180.0;
    private static final double PARCEL_M = 120.0;
    private static final double STREET_M = 20.0;
    private static final ZoningClass[] ZONING = {
        ZoningClass.INDUSTRIAL_LIGHT, ZoningClass.INDUSTRIAL_LIGHT, ZoningClass.INDUSTRIAL_HEAVY,
        ZoningClass.CHEMICAL, ZoningClass.LOGISTICS, ZoningClass.UTILITY, ZoningClass.GREEN, ZoningClass.COMMERCIAL
    };
    private static final String[] INDUSTRIES = {"D3510", "C1610", "C1621", "C1020", "C2395", "E3700", "C1103", "A0113"};

    private final GeometryFactory wgs84 = new GeometryFactory(new PrecisionModel(), 4326);
    private final ResourceCatalog catalog;
    private final double centreLon;
    private final double centreLat;

    public ParkGenerator(ResourceCatalog catalog, double centreLon, double centreLat) {
        this.catalog = catalog;
        this.centreLon = centreLon;
        this.centreLat = centreLat;
    }

    /**
     * @param parkId       id of the generated park
     * @param parcelCount  number of parcels (laid out on the smallest square grid that holds them)
     * @param plantCount   number of plants, each on its own parcel (at most parcelCount)
     * @param seed         random seed
     */
    public ParkData generate(String parkId, int parcelCount, int plantCount, long seed) {
        if (plantCount > parcelCount) {
            throw new IllegalArgumentException("more plants (" + plantCount + ") than parcels (" + parcelCount + ")");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int side = (int) Math.ceil(Math.sqrt(parcelCount));
        double pitchM = PARCEL_M + STREET_M;
        double originM = -side * pitchM / 2.0;

        List<Parcel> parcels = new ArrayList<>(parcelCount);
        for (int i = 0; i < parcelCount; i++) {
            int row = i / side;
            int col = i % side;
            double x0 = originM + col * pitchM;
            double y0 = originM + row * pitchM;
            Polygon square = rectangle(x0, y0, x0 + PARCEL_M, y0 + PARCEL_M);
            parcels.add(new Parcel("parcel-" + i, null, square, ZONING[random.nextInt(ZONING.length)],
                    ParcelStatus.AVAILABLE, 500.0 + random.nextInt(2000), 0.6, null));
        }

        List<Resource> resources = new ArrayList<>(catalog.all());
        List<Plant> plants = new ArrayList<>(plantCount);
        for (int i = 0; i < plantCount; i++) {
            Parcel site = parcels.get((int) ((long) i * parcelCount / Math.max(1, plantCount)));
            List<ResourceStream> streams = new ArrayList<>();
            int streamCount = 2 + random.nextInt(5);
            for (int s = 0; s < streamCount; s++) {
                Resource r = resources.get(random.nextInt(resources.size()));
                streams.add(new ResourceStream(random.nextBoolean() ? Direction.IN : Direction.OUT, r.id(),
                        Math.round(1_000 + random.nextDouble() * 99_000), r.unit().symbol(), null, null, false, null,
                        null));
            }
            plants.add(new Plant("plant-" + i, "Plant " + i, INDUSTRIES[random.nextInt(INDUSTRIES.length)],
                    random.nextInt(4) == 0 ? DevelopmentStatus.PROPOSED : DevelopmentStatus.EXISTING,
                    site.geometry().getCentroid(), 5_000.0 + random.nextInt(20_000), null, 0, List.of(), site.id(),
                    streams));
        }

        List<Corridor> streets = new ArrayList<>(2 * (side + 1));
        double endM = originM + side * pitchM;
        for (int k = 0; k <= side; k++) {
            double at = originM + k * pitchM - STREET_M / 2.0;
            streets.add(new Corridor("street-ew-" + k, null, line(originM, at, endM, at), CorridorKind.ROAD,
                    CorridorKind.ROAD.defaultCostFactor()));
            streets.add(new Corridor("street-ns-" + k, null, line(at, originM, at, endM), CorridorKind.ROAD,
                    CorridorKind.ROAD.defaultCostFactor()));
        }

        Park park = new Park(parkId, "Generated park (" + parcelCount + " parcels, seed " + seed + ")", null,
                List.of("en"), null, null, Park.DEFAULT_DISCOUNT_RATE, Park.DEFAULT_LIFETIME_YEARS,
                "Synthetic park made by ParkGenerator for benchmarks");
        return new ParkData(park, parcels, plants, List.of(), streets, List.of());
    }

    private Polygon rectangle(double x0, double y0, double x1, double y1) {
        return wgs84.createPolygon(new Coordinate[] {
            at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)
        });
    }

    private LineString line(double x0, double y0, double x1, double y1) {
        return wgs84.createLineString(new Coordinate[] {at(x0, y0), at(x1, y1)});
    }

    private Coordinate at(double eastM, double northM) {
        double lat = centreLat + northM / METRES_PER_DEGREE;
        double lon = centreLon + eastM / (METRES_PER_DEGREE * Math.cos(Math.toRadians(centreLat)));
        return new Coordinate(lon, lat);
    }
}
