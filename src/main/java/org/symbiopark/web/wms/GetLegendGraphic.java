package org.symbiopark.web.wms;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.symbiopark.maps.MapLayer;
import org.symbiopark.maps.render.LegendRenderer;
import org.symbiopark.maps.render.PngEncoder;
import org.symbiopark.maps.style.Rule;
import org.symbiopark.maps.style.Style;

/**
 * GetLegendGraphic as the SLD 1.0 WMS profile defines it (§12): the legend of one layer's style
 * as a PNG, a row per rule; RULE narrows it to one rule, SCALE to the rules drawn at that scale
 * denominator.
 */
@Component
class GetLegendGraphic {

    private final WmsLayers layers;
    private final LegendRenderer legends = new LegendRenderer();

    GetLegendGraphic(WmsLayers layers) {
        this.layers = layers;
    }

    byte[] handle(WmsParameters p) {
        String name = p.required("LAYER");
        List<MapLayer> found = layers.layers(name, "LAYER");
        if (found.size() != 1) {
            throw new WmsException(WmsException.LAYER_NOT_DEFINED, "LAYER", "'" + name
                    + "' is a park of several layers; ask for the legend of one, e.g. " + found.get(0).id());
        }
        String format = p.optional("FORMAT").orElse(MapRequest.PNG).toLowerCase(Locale.ROOT);
        if (!format.startsWith(MapRequest.PNG)) {
            throw new WmsException(WmsException.INVALID_FORMAT, "FORMAT", "legends are image/png, not " + format);
        }
        Style style = layers.style(found.get(0), p.optional("STYLE").orElse(""));
        List<Rule> rules = style.rules();
        if (p.optional("RULE").isPresent()) {
            String rule = p.required("RULE");
            rules = rules.stream().filter(r -> rule.equals(r.name())).toList();
            if (rules.isEmpty()) {
                throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, "RULE", "style " + style.name()
                        + " has no rule '" + rule + "'");
            }
        }
        if (p.optional("SCALE").isPresent()) {
            double scale;
            try {
                scale = Double.parseDouble(p.required("SCALE"));
            } catch (NumberFormatException e) {
                throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, "SCALE", "SCALE must be a number");
            }
            rules = rules.stream().filter(r -> r.appliesAt(scale)).toList();
        }
        return PngEncoder.encode(legends.render(rules), false);
    }
}
