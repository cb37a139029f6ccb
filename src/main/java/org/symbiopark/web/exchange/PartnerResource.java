package org.symbiopark.web.exchange;

import java.util.Locale;
import org.symbiopark.analysis.ExchangePartner;

/** One ranked exchange partner as the API shows it: money in whole units, distances to 0.1 m. */
record PartnerResource(String partner, String partnerName, int partnerStream, int ownStream, String resource,
                       String receivedAs, double quantity, String unit, double distanceM, String distanceMethod,
                       String mode, Double diameterMm, long costPerYear, long benefitPerYear, long netBenefitPerYear,
                       double co2AvoidedTPerYear, String existingPipeline) {

    static PartnerResource of(ExchangePartner p) {
        return new PartnerResource(p.partner(), p.partnerName(), p.partnerStream(), p.ownStream(), p.resource(),
                p.receivedAs(), Math.round(p.quantity() * 1000) / 1000.0, p.unit(),
                Math.round(p.distanceM() * 10) / 10.0, p.distanceMethod().name(),
                p.mode().name().toLowerCase(Locale.ROOT),
                p.diameterMm() == null ? null : (double) Math.round(p.diameterMm()),
                Math.round(p.costPerYear()), Math.round(p.benefitPerYear()), Math.round(p.netBenefitPerYear()),
                Math.round(p.co2AvoidedTPerYear() * 100) / 100.0, p.existingPipeline());
    }
}
