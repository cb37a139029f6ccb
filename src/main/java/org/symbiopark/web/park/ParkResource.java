package org.symbiopark.web.park;

import java.util.ArrayList;
import java.util.List;
import org.symbiopark.park.Layer;
import org.symbiopark.park.Park;

/** A park as the API shows it, with links to itself, its layers, its scenarios and its export. */
record ParkResource(String id, String name, String country, List<String> languages, String currency,
                    Integer workSrid, double discountRate, int lifetimeYears, String description, List<Link> links) {

    static ParkResource of(Park park, ApiLinks api) {
        List<Link> links = new ArrayList<>();
        links.add(new Link("self", api.park(park.id()), "application/json"));
        for (Layer<?> layer : Layer.ALL) {
            links.add(new Link(layer.path(), api.layer(park.id(), layer), "application/geo+json"));
        }
        links.add(new Link("scenarios", api.park(park.id()) + "/scenarios", "application/json"));
        links.add(new Link("export", api.park(park.id()) + "/export", "application/geo+json"));
        return new ParkResource(park.id(), park.name(), park.country(), park.languages(), park.currency(),
                park.workSrid(), park.discountRate(), park.lifetimeYears(), park.description(), links);
    }
}
