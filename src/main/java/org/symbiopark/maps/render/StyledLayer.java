package org.symbiopark.maps.render;

import java.util.List;
import org.symbiopark.maps.style.Style;

/** Features and the style that draws them: one layer of a map. */
public record StyledLayer(List<RenderFeature> features, Style style) {
}
