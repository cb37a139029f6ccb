package org.symbiopark.web.wms;

import java.util.Iterator;
import java.util.List;
import javax.xml.namespace.NamespaceContext;

/** Prefixes for XPath over WMS 1.3.0 documents: w = WMS, xlink = XLink. */
final class WmsNamespaces implements NamespaceContext {

    @Override
    public String getNamespaceURI(String prefix) {
        return switch (prefix) {
            case "w" -> "http://www.opengis.net/wms";
            case "xlink" -> "http://www.w3.org/1999/xlink";
            default -> null;
        };
    }

    @Override
    public String getPrefix(String namespaceURI) {
        return null;
    }

    @Override
    public Iterator<String> getPrefixes(String namespaceURI) {
        return List.<String>of().iterator();
    }
}
