package org.symbiopark.web.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.symbiopark.geo.SisCoordinateTransforms;

/** BBOX axis order as WMS 1.3.0 §6.7.4 wants it, read from the EPSG dataset through Apache SIS, not from a list. */
class WmsCrsTest {

    private static final SisCoordinateTransforms SIS = new SisCoordinateTransforms();

    @Test
    void northingFirstWhereEpsgSaysSo() {
        assertThat(WmsCrs.parse("EPSG:4326", SIS).northingFirst()).isTrue();
        assertThat(WmsCrs.parse("EPSG:4490", SIS).northingFirst()).as("CGCS2000 geographic").isTrue();
        assertThat(WmsCrs.parse("EPSG:4554", SIS).northingFirst()).as("CGCS2000 3-degree GK CM 135E").isTrue();
        assertThat(WmsCrs.parse("EPSG:4547", SIS).northingFirst()).as("CGCS2000 3-degree GK CM 114E").isTrue();
        assertThat(WmsCrs.parse("EPSG:28414", SIS).northingFirst()).as("Pulkovo 1942 / Gauss-Kruger zone 14").isTrue();
        assertThat(WmsCrs.parse("EPSG:3857", SIS).northingFirst()).isFalse();
        assertThat(WmsCrs.parse("EPSG:32653", SIS).northingFirst()).as("UTM 53N").isFalse();
        WmsCrs crs84 = WmsCrs.parse("crs:84", SIS);
        assertThat(crs84.northingFirst()).isFalse();
        assertThat(crs84.srid()).isEqualTo(4326);
        assertThat(crs84.geographic()).isTrue();
        assertThat(WmsCrs.parse("EPSG:3857", SIS).geographic()).isFalse();
    }

    @Test
    void boxesTurnIntoEnvelopesWithXEastAndBack() {
        WmsCrs latLon = WmsCrs.parse("EPSG:4326", SIS);
        Envelope e = latLon.envelope(48.0, 134.0, 49.0, 135.0);
        assertThat(e).isEqualTo(new Envelope(134.0, 135.0, 48.0, 49.0));
        assertThat(latLon.axisOrder(e)).containsExactly(48.0, 134.0, 49.0, 135.0);
        WmsCrs lonLat = WmsCrs.parse("CRS:84", SIS);
        assertThat(lonLat.envelope(134.0, 48.0, 135.0, 49.0)).isEqualTo(e);
        assertThat(lonLat.axisOrder(e)).containsExactly(134.0, 48.0, 135.0, 49.0);
    }

    @Test
    void unknownOrNonEpsgNamesAreInvalidCrs() {
        for (String name : new String[] {"EPSG:999999", "AUTO2:42001", "EPSG:abc", "urn:ogc:def:crs:EPSG::4326",
            "EPSG:5714" /* mean sea level height */}) {
            assertThatThrownBy(() -> WmsCrs.parse(name, SIS)).as(name).isInstanceOf(WmsException.class)
                    .satisfies(e -> assertThat(((WmsException) e).code()).isEqualTo(WmsException.INVALID_CRS));
        }
    }
}
