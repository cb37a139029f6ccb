package org.symbiopark.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.symbiopark.exchange.ExchangeLink;
import org.symbiopark.exchange.ExchangeResult;

/**
 * The one JSON shape of an exchange result, shared by the CLI, the API and the scenarios that
 * keep it: {@code links} (supplier, receiver, resource, quantity, unit, distanceM, mode,
 * costPerYear, benefitPerYear, co2AvoidedTPerYear …), {@code totals}, and what the analysis
 * assumed. Money is rounded to whole units, quantities to three decimals.
 */
public final class ExchangeResultJson {

    private ExchangeResultJson() {
    }

    public static Map<String, Object> of(ExchangeResult result, int workSrid) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("park", result.parkId());
        root.put("currency", result.currency());
        root.put("workSrid", workSrid);
        root.put("allocation", result.allocation().name());
        root.put("distanceMethod", result.distanceMethod().name());
        List<Map<String, Object>> links = new ArrayList<>();
        for (ExchangeLink l : result.links()) {
            links.add(link(l));
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

    /** One link's properties, as in {@code links[]} and on the lines of the links' GeoJSON. */
    public static Map<String, Object> link(ExchangeLink l) {
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
        return link;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
