package org.symbiopark.maps;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The OGC's XML schemas from the {@code org.jvnet.ogc:ogc-schemas} jar, resolved offline: references
 * to schemas.opengis.net go to the jar's copies, the W3C XLink schema to a local subset.
 */
public final class OgcSchemas {

    public static final String WMS_CAPABILITIES = "ogc/wms/1.3.0/capabilities_1_3_0.xsd";
    public static final String WMS_EXCEPTIONS = "ogc/wms/1.3.0/exceptions_1_3_0.xsd";
    public static final String SLD = "ogc/sld/1.0.0/StyledLayerDescriptor.xsd";

    private OgcSchemas() {
    }

    /** The validation errors of {@code xml} against the schema at this path of the jar; empty if valid. */
    public static List<String> errors(String schemaPath, String xml) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver(new Resolver());
            URL url = resource(schemaPath);
            Schema schema = factory.newSchema(new StreamSource(url.openStream(), url.toString()));
            Validator validator = schema.newValidator();
            List<String> errors = new ArrayList<>();
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
            return errors;
        } catch (Exception e) {
            throw new IllegalStateException("cannot validate against " + schemaPath + ": " + e.getMessage(), e);
        }
    }

    private static URL resource(String path) {
        URL url = OgcSchemas.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException("schema " + path + " is not on the test class path (org.jvnet.ogc:ogc-schemas)");
        }
        return url;
    }

    private static final class Resolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            String resolved;
            if (systemId == null) {
                return null;
            }
            if (systemId.endsWith("xlink.xsd") && "http://www.w3.org/1999/xlink".equals(namespace)) {
                resolved = resource("xsd/xlink.xsd").toString();
            } else if (systemId.startsWith("http://schemas.opengis.net/")) {
                resolved = resource("ogc/" + systemId.substring("http://schemas.opengis.net/".length())).toString();
            } else if (baseUri != null) {
                // jar: URLs are opaque to java.net.URI, so a relative include is resolved by hand
                resolved = systemId.contains(":") ? systemId
                        : baseUri.substring(0, baseUri.lastIndexOf('/') + 1) + systemId;
            } else {
                return null;
            }
            return new Input(resolved, publicId);
        }
    }

    private record Input(String systemId, String publicId) implements LSInput {
        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            try {
                return new URL(systemId).openStream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
