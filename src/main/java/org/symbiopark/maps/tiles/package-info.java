/**
 * Vector tiles (Mapbox Vector Tile 2.1) over the web-mercator XYZ tiling, plain Java: the tiling
 * maths ({@link org.symbiopark.maps.tiles.WebMercatorTiles}, {@link org.symbiopark.maps.tiles.TileId}),
 * a layer's features projected and indexed once ({@link org.symbiopark.maps.tiles.ProjectedLayer}),
 * and the clip–simplify–encode step ({@link org.symbiopark.maps.tiles.TileEncoder}) with attributes
 * flattened to tags ({@link org.symbiopark.maps.tiles.MvtAttributes}). The HTTP side is
 * {@code org.symbiopark.web.tiles}.
 */
package org.symbiopark.maps.tiles;
