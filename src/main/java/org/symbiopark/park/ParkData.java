package org.symbiopark.park;

import java.util.List;

/** A whole park with all its layers: what an import brings in and an export writes out. */
public record ParkData(Park park, List<Parcel> parcels, List<Plant> plants, List<Pipeline> pipelines,
                       List<Corridor> corridors, List<Scenario> scenarios) {

    public ParkData {
        parcels = List.copyOf(parcels);
        plants = List.copyOf(plants);
        pipelines = List.copyOf(pipelines);
        corridors = List.copyOf(corridors);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }
}
