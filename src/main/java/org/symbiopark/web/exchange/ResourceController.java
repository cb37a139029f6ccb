package org.symbiopark.web.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.symbiopark.exchange.Resource;
import org.symbiopark.exchange.ResourceCatalog;

/** The resource catalog: the ids a plant's streams and a pipeline's carrier may name. */
@RestController
@Tag(name = "Resources")
class ResourceController {

    private final ResourceCatalog catalog;

    ResourceController(ResourceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/resources")
    @Operation(summary = "List the resource catalog",
            description = "Every resource id with its category, how it travels, its catalog unit and its names "
                    + "in English, Russian and Chinese.")
    List<ResourceResource> list() {
        return catalog.all().stream().map(ResourceResource::of).toList();
    }

    /** One catalog entry as the API shows it. */
    record ResourceResource(String id, String category, String transport, String unit, Map<String, String> names) {

        static ResourceResource of(Resource r) {
            return new ResourceResource(r.id(), r.category().name().toLowerCase(Locale.ROOT),
                    r.transport().name().toLowerCase(Locale.ROOT), r.unit().symbol(), r.names());
        }
    }
}
