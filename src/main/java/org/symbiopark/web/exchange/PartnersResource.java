package org.symbiopark.web.exchange;

import java.util.List;
import org.symbiopark.analysis.ExchangePartners;

/** A plant's ranked exchange partners: {@code partners} sorted by net benefit per year, best first. */
record PartnersResource(String park, String plant, String direction, String currency,
                        List<PartnerResource> partners) {

    static PartnersResource of(ExchangePartners p) {
        return new PartnersResource(p.parkId(), p.plantId(), p.direction().name(), p.currency(),
                p.partners().stream().map(PartnerResource::of).toList());
    }
}
