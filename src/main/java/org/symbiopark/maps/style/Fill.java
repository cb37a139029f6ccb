package org.symbiopark.maps.style;

import java.awt.Color;

/** A solid fill: SLD {@code fill} and {@code fill-opacity}, the opacity folded into the colour's alpha. */
public record Fill(Color color) {

    public static final Fill DEFAULT = new Fill(new Color(0x80, 0x80, 0x80));
}
