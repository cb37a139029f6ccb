package org.symbiopark.web.wms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.symbiopark.maps.MapImageService.StyledMapLayer;
import org.symbiopark.maps.MapLayer;
import org.symbiopark.maps.MapLayerCatalog;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.park.ParkService;
import org.symbiopark.maps.style.SldException;
import org.symbiopark.maps.style.Style;
import org.symbiopark.maps.style.StyleLibrary;

/**
 * The WMS names of the catalog's layers: {@code parkId:layer} for one layer (MapLayer.id()),
 * {@code parkId} for all of a park's layers drawn together, bottom to top as
 * {@link #DRAWING_ORDER} says; and their styles: one per layer, named after its SLD file.
 */
@Component
class WmsLayers {

    /** A park's layers from bottom to top when the park is asked for as one layer. */
    static final List<String> DRAWING_ORDER = List.of("parcels", "corridors", "pipelines",
            MapLayerCatalog.ROUTES, MapLayerCatalog.EXCHANGE_LINKS, "plants");

    private final MapLayerCatalog catalog;
    private final ParkService parks;
    private final StyleLibrary styles;

    WmsLayers(MapLayerCatalog catalog, ParkService parks, StyleLibrary styles) {
        this.catalog = catalog;
        this.parks = parks;
        this.styles = styles;
    }

    /** LAYERS with STYLES (absent or empty: each layer's default), bottom to top. */
    List<StyledMapLayer> resolve(String layersParam, String stylesParam) {
        List<String> names = split(layersParam);
        if (names.isEmpty()) {
            throw new WmsException(WmsException.MISSING_PARAMETER_VALUE, "LAYERS", "LAYERS names no layer");
        }
        List<String> styleNames = stylesParam == null || stylesParam.isBlank() ? List.of() : split(stylesParam);
        if (!styleNames.isEmpty() && styleNames.size() != names.size()) {
            throw new WmsException(WmsException.STYLE_NOT_DEFINED, "STYLES", "STYLES lists " + styleNames.size()
                    + " styles for " + names.size() + " layers: give one per layer, or none");
        }
        List<StyledMapLayer> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String styleName = styleNames.isEmpty() ? "" : styleNames.get(i);
            for (MapLayer layer : layers(names.get(i), "LAYERS")) {
                boolean group = !names.get(i).contains(":");
                out.add(new StyledMapLayer(layer, style(layer, group ? "" : styleName)));
            }
        }
        return out;
    }

    /** The catalog layers a WMS layer name stands for, bottom to top. */
    List<MapLayer> layers(String name, String parameter) {
        try {
            if (name.contains(":")) {
                return List.of(catalog.layer(name));
            }
            parks.getPark(name);
            return catalog.layers(name).stream()
                    .sorted(Comparator.comparingInt(l -> rank(l.name())))
                    .toList();
        } catch (NotFoundException e) {
            throw new WmsException(WmsException.LAYER_NOT_DEFINED, parameter, "no layer named '" + name
                    + "'; GetCapabilities lists the layers (parkId:layer, or parkId for a whole park)");
        }
    }

    /** The style of a layer by WMS name: empty or "default" for its default, else its SLD file or UserStyle name. */
    Style style(MapLayer layer, String name) {
        Style style;
        try {
            style = styles.style(layer.styleName()).orElseThrow(() -> new WmsException(WmsException.STYLE_NOT_DEFINED,
                    "STYLES", "layer " + layer.id() + " has no style file " + layer.styleName() + ".sld"));
        } catch (SldException e) {
            throw new WmsException(WmsException.STYLE_NOT_DEFINED, "STYLES", "the style of layer " + layer.id()
                    + " cannot be read: " + e.getMessage());
        }
        if (name.isEmpty() || name.equalsIgnoreCase("default") || name.equals(layer.styleName())
                || name.equals(style.name())) {
            return style;
        }
        throw new WmsException(WmsException.STYLE_NOT_DEFINED, "STYLES", "layer " + layer.id() + " has no style '"
                + name + "'; it has '" + layer.styleName() + "'");
    }

    Optional<Style> defaultStyle(MapLayer layer) {
        try {
            return styles.style(layer.styleName());
        } catch (SldException e) {
            return Optional.empty();
        }
    }

    private static int rank(String layerName) {
        int i = DRAWING_ORDER.indexOf(layerName);
        return i < 0 ? DRAWING_ORDER.size() : i;
    }

    static List<String> split(String list) {
        return Arrays.stream(list.split(",", -1)).map(String::trim).toList();
    }
}
