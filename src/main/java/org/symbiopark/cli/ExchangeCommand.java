package org.symbiopark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.symbiopark.exchange.AllocationMethod;
import org.symbiopark.exchange.ExchangeEngine;
import org.symbiopark.exchange.ExchangeLink;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.exchange.ExchangeProblemFactory;
import org.symbiopark.exchange.ExchangeResult;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.geo.SisCoordinateTransforms;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkRules;
import org.symbiopark.park.io.ParkGeoJsonReader;

/**
 * {@code exchange --park FILE.geojson [--mip]}: the exchange analysis of a park file, printed as
 * one JSON object ({@code links}, {@code totals}, and what the analysis assumed). Starts no
 * Spring context and needs no store.
 */
final class ExchangeCommand implements CliCommand {

    @Override
    public String name() {
        return "exchange";
    }

    @Override
    public String usage() {
        return "exchange --park FILE.geojson [--mip]   which exchanges pay off in a park, as JSON";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path file = null;
        AllocationMethod method = AllocationMethod.LINEARISED_MIN_COST_FLOW;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--park") && i + 1 < args.size()) {
                file = Path.of(args.get(++i));
            } else if (arg.startsWith("--park=")) {
                file = Path.of(arg.substring("--park=".length()));
            } else if (arg.equals("--mip")) {
                method = AllocationMethod.FIXED_CHARGE_MIP;
            } else {
                throw new UsageException("unexpected argument " + arg + "; usage: " + usage());
            }
        }
        if (file == null) {
            throw new UsageException("which park? usage: " + usage());
        }
        ParkFiles.requireReadable(file);
        CoordinateTransforms transforms = new SisCoordinateTransforms();
        MetricMeasures measures = new MetricMeasures(transforms);
        ResourceCatalog catalog = ResourceCatalog.loadDefault();
        ParkData data;
        try (InputStream in = Files.newInputStream(file)) {
            data = new ParkGeoJsonReader(catalog, transforms, new ParkRules(measures)).readPark(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int workSrid = workSrid(data, measures);
        ExchangeParameters parameters = ExchangeParameters.loadDefault();
        var problem = new ExchangeProblemFactory(catalog, parameters)
                .create(data, g -> transforms.transform(g, CoordinateTransforms.WGS84, workSrid));
        ExchangeResult result = new ExchangeEngine(parameters).analyse(problem, method);
        try {
            out.println(new ObjectMapper().writeValueAsString(json(result, workSrid)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /** The park's work CRS, else the UTM zone of its plants and corridors (as the import does). */
    static int workSrid(ParkData data, MetricMeasures measures) {
        if (data.park().workSrid() != null) {
            return data.park().workSrid();
        }
        List<Geometry> located = new ArrayList<>();
        data.plants().stream().filter(p -> p.geometry() != null).forEach(p -> located.add(p.geometry()));
        data.corridors().stream().filter(c -> c.geometry() != null).forEach(c -> located.add(c.geometry()));
        data.parcels().forEach(p -> located.add(p.geometry()));
        if (located.isEmpty()) {
            return CoordinateTransforms.utmZoneSrid(0, 0);
        }
        return measures.defaultWorkSrid(new GeometryFactory().buildGeometry(located));
    }

    static Map<String, Object> json(ExchangeResult result, int workSrid) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("park", result.parkId());
        root.put("currency", result.currency());
        root.put("workSrid", workSrid);
        root.put("allocation", result.allocation().name());
        root.put("distanceMethod", result.distanceMethod().name());
        List<Map<String, Object>> links = new ArrayList<>();
        for (ExchangeLink l : result.links()) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("supplier", l.supplier());
            link.put("receiver", l.receiver());
            link.put("resource", l.resource());
            link.put("receivedAs", l.receivedAs());
            link.put("quantity", round(l.quantity(), 3));
            link.put("unit", l.unit());
            link.put("distanceM", round(l.distanceM(), 1));
            link.put("distanceMethod", l.distanceMethod().name());
            link.put("mode", l.mode().name().toLowerCase(Locale.ROOT));
            link.put("diameterMm", l.diameterMm() == null ? null : round(l.diameterMm(), 0));
            link.put("costPerYear", round(l.costPerYear(), 0));
            link.put("benefitPerYear", round(l.benefitPerYear(), 0));
            link.put("netBenefitPerYear", round(l.netBenefitPerYear(), 0));
            link.put("co2AvoidedTPerYear", round(l.co2AvoidedTPerYear(), 2));
            link.put("existingPipeline", l.existingPipeline());
            links.add(link);
        }
        root.put("links", links);
        var t = result.totals();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("links", t.linkCount());
        totals.put("moneySavedPerYear", round(t.moneySavedPerYear(), 0));
        totals.put("co2AvoidedTPerYear", round(t.co2AvoidedTPerYear(), 1));
        totals.put("virginMaterialAvoidedTPerYear", round(t.virginMaterialAvoidedTPerYear(), 1));
        totals.put("landfillDivertedTPerYear", round(t.landfillDivertedTPerYear(), 1));
        totals.put("freshWaterSavedM3PerYear", round(t.freshWaterSavedM3PerYear(), 1));
        totals.put("energyRecoveredMWhPerYear", round(t.energyRecoveredMWhPerYear(), 1));
        root.put("totals", totals);
        root.put("candidatePairs", result.candidateCount());
        root.put("unsitedPlants", result.unsitedPlants());
        root.put("notes", result.notes());
        return root;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
