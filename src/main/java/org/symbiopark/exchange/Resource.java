package org.symbiopark.exchange;

import java.util.List;
import java.util.Map;

/**
 * One resource of the catalog. Money is in the catalog's base currency (EUR, see
 * {@link ExchangeParameters#currencyPerEur(String)}) per catalog unit.
 *
 * @param id                  stable id used in files and the API, e.g. {@code fly_ash}
 * @param category            material, water or energy
 * @param transport           how it usually travels between plants
 * @param unit                catalog unit: t, m3 or MWh; streams may use another unit of the same dimension
 * @param names               display names by language code (en, ru, zh)
 * @param virginPriceEurPerUnit price of the virgin supply a receiver buys when no plant supplies it
 * @param disposalCostEurPerUnit what a supplier pays to get rid of it when no plant takes it; negative
 *                            = the supplier sells it outside the park at that price (electricity, scrap)
 * @param co2TPerUnit         t CO₂ emitted by the virgin supply one unit of this resource replaces
 * @param substitutes         ids of the resources this one may replace (besides itself), e.g.
 *                            {@code fgd_gypsum} replaces {@code gypsum}
 * @param waterQuality        default quality class for water resources, else {@code null}
 * @param tripCapacityPerTrip payload of one truck trip in the catalog unit; {@code null} = not trucked
 * @param hazardousByDefault  the resource is hazardous waste whatever the stream says
 */
public record Resource(String id, ResourceCategory category, TransportMode transport, QuantityUnit unit,
                       Map<String, String> names, double virginPriceEurPerUnit, double disposalCostEurPerUnit,
                       double co2TPerUnit, List<String> substitutes, WaterQuality waterQuality,
                       Double tripCapacityPerTrip, boolean hazardousByDefault) {

    public Resource {
        names = Map.copyOf(names);
        substitutes = substitutes == null ? List.of() : List.copyOf(substitutes);
    }

    /** A resource with no prices, CO₂ factor or substitutes (the catalog before those columns). */
    public Resource(String id, ResourceCategory category, TransportMode transport, QuantityUnit unit,
                    Map<String, String> names) {
        this(id, category, transport, unit, names, 0, 0, 0, List.of(), null, null, false);
    }

    /** Whether a supply of this resource may serve a demand for {@code demanded} (same id or a substitute). */
    public boolean canReplace(String demanded) {
        return id.equals(demanded) || substitutes.contains(demanded);
    }
}
