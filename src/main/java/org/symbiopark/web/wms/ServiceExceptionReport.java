package org.symbiopark.web.wms;

/** The WMS 1.3.0 exception document (§H.2, {@code exceptions_1_3_0.xsd}). */
final class ServiceExceptionReport {

    static final String CONTENT_TYPE = "text/xml;charset=UTF-8";

    private ServiceExceptionReport() {
    }

    static String of(String code, String locator, String message) {
        StringBuilder xml = new StringBuilder(512);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<ServiceExceptionReport version=\"1.3.0\" xmlns=\"http://www.opengis.net/ogc\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"http://www.opengis.net/ogc")
                .append(" http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd\">\n")
                .append("  <ServiceException");
        if (code != null) {
            xml.append(" code=\"").append(Xml.escape(code)).append('"');
        }
        if (locator != null) {
            xml.append(" locator=\"").append(Xml.escape(locator)).append('"');
        }
        xml.append('>').append(Xml.escape(message)).append("</ServiceException>\n")
                .append("</ServiceExceptionReport>\n");
        return xml.toString();
    }
}
