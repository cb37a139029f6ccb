package org.symbiopark.exchange;

/**
 * Park totals of the chosen exchanges, in the figures industrial-symbiosis programmes report
 * (NISP: money saved, CO₂, materials reused, landfill diverted, water; Ulsan: energy).
 *
 * @param moneySavedPerYear            Σ net benefit of the links, park currency
 * @param virginMaterialAvoidedTPerYear materials received instead of bought (t)
 * @param landfillDivertedTPerYear      materials passed on that had a disposal cost (t)
 * @param freshWaterSavedM3PerYear      water received instead of drawn fresh (m³)
 * @param energyRecoveredMWhPerYear     heat, power and fuel passed on (steam at its MWh per t)
 */
public record ExchangeTotals(double moneySavedPerYear, double co2AvoidedTPerYear, double virginMaterialAvoidedTPerYear,
                             double landfillDivertedTPerYear, double freshWaterSavedM3PerYear,
                             double energyRecoveredMWhPerYear, int linkCount) {
}
