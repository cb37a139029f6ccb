package org.symbiopark.exchange;

import java.util.Optional;

/**
 * The one place that says what an exchange link costs per year (DESIGN.md §5.1). Parameters and
 * their sources: {@code data/catalog/exchange-parameters.properties}; keys S1… refer to
 * shared/reference/cost-parameters.md.
 *
 * <ul>
 * <li><b>Pipe</b>: along the route of least cost-weighted length ({@link PlantDistances}): capex
 *     per metre × Σ corridor cost factor × length (the factor scales the laying cost only; pumping
 *     and heat loss use the physical length); mean flow = yearly quantity / operating hours; inner diameter from the flow and
 *     the carrier's design velocity, D = √(4·V̇/(π·v)); capital cost per metre c(D) = a + b·D
 *     (S1 fit for heat carriers, S9 for the rest), annualised with the capital recovery factor
 *     CRF = r(1+r)^n/((1+r)^n−1) plus O&amp;M as a share of capital (S6); pumping energy by
 *     Darcy–Weisbach with the Swamee–Jain friction factor; heat carriers lose
 *     q' = Δt·(0.16807·ln D + 0.85684) W/m (S2, D in m); hot water cools along the route as
 *     T(L) = T_ground + (T₀ − T_ground)·exp(−k·L/(ṁ·c_p)), steam keeps its temperature while the
 *     loss condenses at most a set share of it.</li>
 * <li><b>Truck</b>: per t·km for the one-way distance (the rate includes the empty return) plus a
 *     fixed cost per trip, trips = quantity / the catalog's trip capacity (S17, S19).</li>
 * <li><b>Cable</b>: installed cost per metre, annualised like a pipe [E].</li>
 * </ul>
 * Money is converted from EUR to the park's currency with the parameters' fx table.
 */
public final class ExchangeCostModel implements LinkCostModel {

    private static final double SECONDS_PER_HOUR = 3600.0;

    private final ExchangeParameters p;
    private final double capitalRecoveryFactor;
    private final double currencyPerEur;

    /**
     * @param discountRate  the park's real discount rate per year, ≥ 0
     * @param lifetimeYears the park's project lifetime, ≥ 1
     * @param currency      ISO 4217 code of the park's money
     */
    public ExchangeCostModel(ExchangeParameters parameters, double discountRate, int lifetimeYears, String currency) {
        if (!(discountRate >= 0) || lifetimeYears < 1) {
            throw new IllegalArgumentException("need discountRate ≥ 0 and lifetimeYears ≥ 1, got "
                    + discountRate + " and " + lifetimeYears);
        }
        this.p = parameters;
        this.capitalRecoveryFactor = capitalRecoveryFactor(discountRate, lifetimeYears);
        this.currencyPerEur = parameters.currencyPerEur(currency);
    }

    /** CRF = r(1+r)^n / ((1+r)^n − 1); 1/n at r = 0. */
    public static double capitalRecoveryFactor(double rate, int years) {
        if (rate == 0) {
            return 1.0 / years;
        }
        double growth = Math.pow(1 + rate, years);
        return rate * growth / (growth - 1);
    }

    public double capitalRecoveryFactor() {
        return capitalRecoveryFactor;
    }

    @Override
    public double currencyPerEur() {
        return currencyPerEur;
    }

    @Override
    public double minApproachK() {
        return p.number("heat.minApproachK");
    }

    @Override
    public Optional<LinkCost> cheapest(LinkRequest request) {
        Optional<LinkCost> best = Optional.empty();
        for (TransportMode mode : TransportMode.values()) {
            Optional<LinkCost> cost = cost(mode, request);
            if (cost.isPresent() && (best.isEmpty() || cost.get().costPerYear() < best.get().costPerYear())) {
                best = cost;
            }
        }
        return best;
    }

    @Override
    public Optional<LinkCost> cost(TransportMode mode, LinkRequest request) {
        if (!(request.quantityPerYear() > 0) || !(request.distanceM() >= 0)
                || !Double.isFinite(request.quantityPerYear()) || !Double.isFinite(request.distanceM())) {
            throw new IllegalArgumentException("need a finite quantity > 0 and distance ≥ 0, got "
                    + request.quantityPerYear() + " and " + request.distanceM());
        }
        Resource carrier = request.carrier();
        return switch (mode) {
            case PIPELINE -> carrier.transport() == TransportMode.PIPELINE ? pipe(request) : Optional.empty();
            case CABLE -> carrier.transport() == TransportMode.CABLE && request.existingDiameterM() == null
                    ? Optional.of(cable(request)) : Optional.empty();
            case TRUCK -> carrier.tripCapacityPerTrip() != null && carrier.tripCapacityPerTrip() > 0
                    && carrier.transport() != TransportMode.CABLE && request.existingDiameterM() == null
                    ? Optional.of(truck(request)) : Optional.empty();
        };
    }

    @Override
    public Optional<LinkCost> cost(TransportMode mode, LinkRequest request, double constructionCostFactor) {
        if (!(constructionCostFactor >= 0) || Double.isInfinite(constructionCostFactor)) {
            throw new IllegalArgumentException("construction cost factor must be finite and ≥ 0, got "
                    + constructionCostFactor);
        }
        return cost(mode, request).map(plain -> {
            double capexEurPerM = switch (plain.mode()) {
                case PIPELINE -> request.existingDiameterM() != null ? 0 : pipeCapexEurPerM(request.carrier(), plain.diameterM());
                case CABLE -> p.number("cable.costEurPerM");
                case TRUCK -> 0;
            };
            double extraEurPerYear = (constructionCostFactor - 1) * capexEurPerM * request.distanceM()
                    * (capitalRecoveryFactor + p.number("pipe.operationShareOfCapexPerYear"));
            return new LinkCost(plain.mode(), Math.max(0, plain.fixedCostPerYear() + extraEurPerYear * currencyPerEur),
                    plain.variableCostPerUnit(), plain.quantityPerYear(), plain.diameterM(), plain.heatLossMWhPerYear(),
                    plain.transportCo2TPerUnit());
        });
    }

    @Override
    public double arrivalTemperatureC(LinkRequest request) {
        Resource carrier = request.carrier();
        Double supply = supplyTemperatureC(request);
        if (supply == null || !isThermal(carrier)) {
            return supply == null ? Double.NaN : supply;
        }
        if (!Double.isFinite(request.pipeLengthM())) {
            // no route allows a pipe: no temperature to check, and no mode will carry it
            return Double.NaN;
        }
        double ground = p.number("heat.groundTemperatureC");
        double massFlowKgPerS = massFlowKgPerS(request);
        double k = lossCoefficientWPerMK(diameterM(request));
        Double latentJPerKg = p.carrier(carrier, "latentHeatKJPerKg");
        if (latentJPerKg != null) {
            double condensedShare = k * Math.max(0, supply - ground) * request.pipeLengthM()
                    / (massFlowKgPerS * latentJPerKg * 1000.0);
            return condensedShare <= carrierValue(carrier, "maxCondensedShare") ? supply : ground;
        }
        double cpJPerKgK = carrierValue(carrier, "specificHeatKJPerKgK") * 1000.0;
        return ground + (supply - ground) * Math.exp(-k * request.pipeLengthM() / (massFlowKgPerS * cpJPerKgK));
    }

    private Optional<LinkCost> pipe(LinkRequest r) {
        if (!Double.isFinite(r.pipeCostLengthM()) || !Double.isFinite(r.pipeLengthM())) {
            return Optional.empty();
        }
        Resource carrier = r.carrier();
        double hours = p.number("operatingHoursPerYear");
        double diameterM = diameterM(r);
        double volumeFlowM3PerS = massFlowKgPerS(r) / carrierValue(carrier, "densityKgPerM3");
        double velocityMPerS = volumeFlowM3PerS / (Math.PI * diameterM * diameterM / 4.0);
        boolean existing = r.existingDiameterM() != null;
        if (existing && velocityMPerS > carrierValue(carrier, "velocityMPerS") * p.number("pipe.existingMaxVelocityFactor")) {
            return Optional.empty();
        }
        boolean thermal = isThermal(carrier);
        double capexEurPerM = pipeCapexEurPerM(carrier, diameterM);
        // corridor cost factors: capex per metre × Σ factor·length along the route (PlantDistances);
        // a pipe in the ground is sunk cost: only its upkeep is paid
        double capitalEurPerYear = capexEurPerM * r.pipeCostLengthM()
                * ((existing ? 0 : capitalRecoveryFactor) + p.number("pipe.operationShareOfCapexPerYear"));

        Double pumped = p.carrier(carrier, "pumped");
        double pumpingMWhPerYear = pumped != null && pumped == 0 ? 0
                : pumpingPowerW(carrier, diameterM, velocityMPerS, volumeFlowM3PerS, r.pipeLengthM())
                * hours / 1e6;
        double pumpingEurPerYear = pumpingMWhPerYear * p.number("pipe.pumpingElectricityEurPerMWh");

        double heatLossMWhPerYear = 0;
        if (thermal) {
            double meanTemperatureC = supplyTemperatureC(r) - carrierValue(carrier, "designDeltaTK") / 2.0;
            double deltaTK = Math.max(0, meanTemperatureC - p.number("heat.groundTemperatureC"));
            heatLossMWhPerYear = deltaTK * lossCoefficientWPerMK(diameterM) * r.pipeLengthM() * hours / 1e6;
        }
        double heatLossEurPerYear = heatLossMWhPerYear * p.number("heat.lossValueEurPerMWh");
        return Optional.of(new LinkCost(TransportMode.PIPELINE, (capitalEurPerYear + heatLossEurPerYear) * currencyPerEur,
                pumpingEurPerYear * currencyPerEur / r.quantityPerYear(), r.quantityPerYear(), diameterM,
                heatLossMWhPerYear, 0.0));
    }

    private LinkCost truck(LinkRequest r) {
        double capacity = r.carrier().tripCapacityPerTrip();
        double distanceKm = r.distanceM() / 1000.0;
        double eurPerUnit = p.number("truck.fixedCostEurPerTrip") / capacity + p.number("truck.costEurPerTKm") * distanceKm;
        double co2TPerUnit = p.number("truck.co2KgPerTKm") * distanceKm / 1000.0;
        return new LinkCost(TransportMode.TRUCK, 0.0, eurPerUnit * currencyPerEur, r.quantityPerYear(), null, 0.0,
                co2TPerUnit);
    }

    private LinkCost cable(LinkRequest r) {
        double eurPerYear = p.number("cable.costEurPerM") * r.distanceM()
                * (capitalRecoveryFactor + p.number("pipe.operationShareOfCapexPerYear"));
        return new LinkCost(TransportMode.CABLE, eurPerYear * currencyPerEur, 0.0, r.quantityPerYear(), null, 0.0, 0.0);
    }

    /** c(D) = a + b·D, EUR per metre of new pipe (S1 for heat carriers, S9 for the rest). */
    private double pipeCapexEurPerM(Resource carrier, double diameterM) {
        String kind = isThermal(carrier) ? "pipe.thermal." : "pipe.other.";
        return p.number(kind + "costFixedEurPerM") + p.number(kind + "costPerDiameterEurPerM2") * diameterM;
    }

    /** Darcy–Weisbach ΔP = f·(L/D)·ρ·v²/2, power = ΔP·V̇/η; Swamee–Jain f for turbulent flow. */
    private double pumpingPowerW(Resource carrier, double diameterM, double velocityMPerS, double volumeFlowM3PerS,
                                 double lengthM) {
        double reynolds = velocityMPerS * diameterM / carrierValue(carrier, "kinematicViscosityM2PerS");
        double friction;
        if (reynolds < 2300) {
            friction = 64.0 / Math.max(reynolds, 1e-9);
        } else {
            double log = Math.log10(p.number("pipe.roughnessM") / (3.7 * diameterM) + 5.74 / Math.pow(reynolds, 0.9));
            friction = 0.25 / (log * log);
        }
        double pressureDropPa = friction * (lengthM / diameterM) * carrierValue(carrier, "densityKgPerM3")
                * velocityMPerS * velocityMPerS / 2.0;
        return pressureDropPa * volumeFlowM3PerS / p.number("pipe.pumpEfficiency");
    }

    private double diameterM(LinkRequest r) {
        if (r.existingDiameterM() != null) {
            return r.existingDiameterM();
        }
        double volumeFlowM3PerS = massFlowKgPerS(r) / carrierValue(r.carrier(), "densityKgPerM3");
        double d = Math.sqrt(4.0 * volumeFlowM3PerS / (Math.PI * carrierValue(r.carrier(), "velocityMPerS")));
        return Math.max(p.number("pipe.minDiameterM"), d);
    }

    private double massFlowKgPerS(LinkRequest r) {
        return r.quantityPerYear() * carrierValue(r.carrier(), "massKgPerUnit")
                / (p.number("operatingHoursPerYear") * SECONDS_PER_HOUR);
    }

    /** S2's fit to EN 253 Series 2 pipe, W per m per K of carrier-to-ground difference; D in m. */
    private static double lossCoefficientWPerMK(double diameterM) {
        return Math.max(0.05, 0.16807 * Math.log(diameterM) + 0.85684);
    }

    private boolean isThermal(Resource carrier) {
        return p.carrier(carrier, "specificHeatKJPerKgK") != null;
    }

    private Double supplyTemperatureC(LinkRequest r) {
        if (r.supplyTemperatureC() != null) {
            return r.supplyTemperatureC();
        }
        return p.carrier(r.carrier(), "defaultTemperatureC");
    }

    private double carrierValue(Resource carrier, String key) {
        Double v = p.carrier(carrier, key);
        if (v == null) {
            throw new IllegalArgumentException("no pipe parameter carrier." + carrier.id() + "." + key
                    + " (nor for its category) in " + ExchangeParameters.CLASSPATH_LOCATION);
        }
        return v;
    }
}
