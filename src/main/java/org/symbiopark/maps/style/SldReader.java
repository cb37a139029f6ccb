package org.symbiopark.maps.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Deque;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first {@code UserStyle} of an SLD 1.0.0 document (OGC 02-070) into a {@link Style}.
 *
 * <p>Supported: {@code NamedLayer}/{@code UserLayer} → {@code UserStyle} → {@code FeatureTypeStyle}
 * → {@code Rule} with {@code Name}, {@code Title}, {@code ogc:Filter} (PropertyIsEqualTo,
 * NotEqualTo, LessThan, GreaterThan, LessThanOrEqualTo, GreaterThanOrEqualTo, Like, Between, And,
 * Or, Not), {@code ElseFilter}, Min/MaxScaleDenominator; Polygon-, Line-, Point- and
 * TextSymbolizer with the CSS parameters fill, fill-opacity, stroke, stroke-width, stroke-opacity,
 * stroke-dasharray, stroke-linecap, stroke-linejoin, font-family/style/weight/size; well-known
 * marks; labels with PropertyName and literal text, Halo, PointPlacement anchor and displacement.
 * Not supported (an {@link SldException} says so with file and line): graphic fills and strokes,
 * external graphics, spatial filters, arithmetic expressions, LinePlacement is read as a point
 * placement.
 *
 * <p>The parser refuses DOCTYPEs and external entities (no XXE). Thread-safe: every call has its
 * own parser.
 */
public final class SldReader {

    static final String LINE = "sld.line";

    private SldReader() {
    }

    /** @param source the file's name, for messages */
    public static Style read(InputStream in, String source) {
        Element root = parse(in, source).getDocumentElement();
        if (!"StyledLayerDescriptor".equals(root.getLocalName())) {
            throw error(source, root, "the root element is " + root.getLocalName() + ", not StyledLayerDescriptor");
        }
        for (Element layer : children(root)) {
            if (!"NamedLayer".equals(layer.getLocalName()) && !"UserLayer".equals(layer.getLocalName())) {
                continue;
            }
            for (Element userStyle : children(layer, "UserStyle")) {
                return new Reader(source).style(userStyle);
            }
        }
        throw error(source, root, "no NamedLayer/UserStyle: this reader draws user styles only");
    }

    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        Style style(Element userStyle) {
            List<List<Rule>> ftss = new ArrayList<>();
            for (Element fts : children(userStyle, "FeatureTypeStyle")) {
                List<Rule> rules = new ArrayList<>();
                for (Element rule : children(fts, "Rule")) {
                    rules.add(rule(rule));
                }
                if (rules.isEmpty()) {
                    throw error(source, fts, "a FeatureTypeStyle without a Rule");
                }
                ftss.add(rules);
            }
            if (ftss.isEmpty()) {
                throw error(source, userStyle, "a UserStyle without a FeatureTypeStyle");
            }
            return new Style(text(child(userStyle, "Name")), text(child(userStyle, "Title")), ftss);
        }

        Rule rule(Element e) {
            Filter filter = null;
            boolean elseFilter = false;
            double min = 0;
            double max = Double.POSITIVE_INFINITY;
            List<Symbolizer> symbolizers = new ArrayList<>();
            for (Element c : children(e)) {
                switch (c.getLocalName()) {
                    case "Name", "Title", "Abstract", "LegendGraphic" -> {
                    }
                    case "Filter" -> {
                        List<Element> ops = children(c);
                        if (ops.size() != 1) {
                            throw error(source, c, "a Filter holds exactly one operator, found " + ops.size());
                        }
                        filter = filter(ops.get(0));
                    }
                    case "ElseFilter" -> elseFilter = true;
                    case "MinScaleDenominator" -> min = number(c);
                    case "MaxScaleDenominator" -> max = number(c);
                    case "PolygonSymbolizer" -> symbolizers.add(new Symbolizer.PolygonSymbolizer(
                            fill(child(c, "Fill")), stroke(child(c, "Stroke"))));
                    case "LineSymbolizer" -> {
                        Stroke stroke = stroke(child(c, "Stroke"));
                        symbolizers.add(new Symbolizer.LineSymbolizer(stroke == null ? Stroke.DEFAULT : stroke));
                    }
                    case "PointSymbolizer" -> symbolizers.add(point(c));
                    case "TextSymbolizer" -> symbolizers.add(label(c));
                    default -> throw error(source, c, "unsupported element " + c.getLocalName() + " in a Rule");
                }
            }
            if (symbolizers.isEmpty()) {
                throw error(source, e, "a Rule without a symbolizer");
            }
            return new Rule(text(child(e, "Name")), text(child(e, "Title")), filter, elseFilter, min, max, symbolizers);
        }

        Filter filter(Element e) {
            String op = e.getLocalName();
            return switch (op) {
                case "And" -> new Filter.And(children(e).stream().map(this::filter).toList());
                case "Or" -> new Filter.Or(children(e).stream().map(this::filter).toList());
                case "Not" -> new Filter.Not(filter(only(e)));
                case "PropertyIsEqualTo" -> comparison(e, Filter.Operator.EQUAL_TO);
                case "PropertyIsNotEqualTo" -> comparison(e, Filter.Operator.NOT_EQUAL_TO);
                case "PropertyIsLessThan" -> comparison(e, Filter.Operator.LESS_THAN);
                case "PropertyIsGreaterThan" -> comparison(e, Filter.Operator.GREATER_THAN);
                case "PropertyIsLessThanOrEqualTo" -> comparison(e, Filter.Operator.LESS_THAN_OR_EQUAL_TO);
                case "PropertyIsGreaterThanOrEqualTo" -> comparison(e, Filter.Operator.GREATER_THAN_OR_EQUAL_TO);
                case "PropertyIsBetween" -> new Filter.Between(expression(first(e)),
                        expression(only(required(e, "LowerBoundary"))), expression(only(required(e, "UpperBoundary"))));
                case "PropertyIsLike" -> {
                    List<Element> args = children(e);
                    if (args.size() != 2) {
                        throw error(source, e, "PropertyIsLike takes a PropertyName and a Literal");
                    }
                    yield Filter.Like.of(expression(args.get(0)), text(args.get(1)), attribute(e, "wildCard", "*"),
                            attribute(e, "singleChar", "."), attribute(e, "escape", "!"));
                }
                default -> throw error(source, e, "unsupported filter operator " + op);
            };
        }

        Filter comparison(Element e, Filter.Operator operator) {
            List<Element> args = children(e);
            if (args.size() != 2) {
                throw error(source, e, e.getLocalName() + " takes two expressions, found " + args.size());
            }
            return new Filter.Comparison(operator, expression(args.get(0)), expression(args.get(1)));
        }

        Expression expression(Element e) {
            return switch (e.getLocalName()) {
                case "PropertyName" -> new Expression.Property(text(e));
                case "Literal" -> new Expression.Literal(text(e));
                default -> throw error(source, e, "unsupported expression " + e.getLocalName()
                        + ": only PropertyName and Literal");
            };
        }

        Fill fill(Element e) {
            if (e == null) {
                return null;
            }
            if (child(e, "GraphicFill") != null) {
                throw error(source, e, "GraphicFill is not supported");
            }
            Color color = color(e, css(e, "fill"), new Color(0x80, 0x80, 0x80));
            return new Fill(withOpacity(color, opacity(e, css(e, "fill-opacity"))));
        }

        Stroke stroke(Element e) {
            if (e == null) {
                return null;
            }
            if (child(e, "GraphicFill") != null || child(e, "GraphicStroke") != null) {
                throw error(source, e, "graphic strokes are not supported");
            }
            Color color = withOpacity(color(e, css(e, "stroke"), Color.BLACK), opacity(e, css(e, "stroke-opacity")));
            float width = (float) numberOr(e, css(e, "stroke-width"), 1);
            float[] dash = null;
            String dashText = css(e, "stroke-dasharray");
            if (dashText != null && !dashText.isBlank()) {
                String[] parts = dashText.trim().split("[\\s,]+");
                dash = new float[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    dash[i] = (float) parseNumber(e, parts[i], "stroke-dasharray");
                }
            }
            int cap = switch (lower(css(e, "stroke-linecap"), "butt")) {
                case "round" -> BasicStroke.CAP_ROUND;
                case "square" -> BasicStroke.CAP_SQUARE;
                case "butt" -> BasicStroke.CAP_BUTT;
                default -> throw error(source, e, "stroke-linecap is butt, round or square");
            };
            int join = switch (lower(css(e, "stroke-linejoin"), "mitre")) {
                case "round" -> BasicStroke.JOIN_ROUND;
                case "bevel" -> BasicStroke.JOIN_BEVEL;
                case "mitre", "miter" -> BasicStroke.JOIN_MITER;
                default -> throw error(source, e, "stroke-linejoin is mitre, round or bevel");
            };
            return new Stroke(color, width, dash, cap, join);
        }

        Symbolizer point(Element e) {
            Element graphic = required(e, "Graphic");
            if (child(graphic, "ExternalGraphic") != null) {
                throw error(source, graphic, "ExternalGraphic is not supported; use a Mark");
            }
            Element mark = child(graphic, "Mark");
            String wkn = "square";
            Fill fill = Fill.DEFAULT;
            Stroke stroke = null;
            if (mark != null) {
                Element name = child(mark, "WellKnownName");
                if (name != null) {
                    wkn = text(name).trim().toLowerCase(Locale.ROOT);
                    if (!List.of("circle", "square", "triangle", "star", "cross", "x").contains(wkn)) {
                        throw error(source, name, "unknown WellKnownName '" + wkn
                                + "': circle, square, triangle, star, cross or x");
                    }
                }
                fill = fill(child(mark, "Fill"));
                stroke = stroke(child(mark, "Stroke"));
                if (fill == null && child(mark, "Stroke") == null) {
                    fill = Fill.DEFAULT;
                }
            }
            double size = child(graphic, "Size") == null ? 6 : number(child(graphic, "Size"));
            double rotation = child(graphic, "Rotation") == null ? 0 : number(child(graphic, "Rotation"));
            double opacity = child(graphic, "Opacity") == null ? 1 : number(child(graphic, "Opacity"));
            return new Symbolizer.PointSymbolizer(wkn, fill, stroke, size, rotation, opacity);
        }

        Symbolizer label(Element e) {
            Element label = required(e, "Label");
            List<Expression> parts = new ArrayList<>();
            for (Node n = label.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element el) {
                    parts.add(expression(el));
                } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                    String t = n.getNodeValue();
                    if (!t.isBlank()) {
                        parts.add(new Expression.Literal(t.strip()));
                    }
                }
            }
            Element font = child(e, "Font");
            String family = font == null || css(font, "font-family") == null ? Font.SANS_SERIF : css(font, "font-family");
            int style = Font.PLAIN;
            if (font != null) {
                if ("bold".equals(lower(css(font, "font-weight"), "normal"))) {
                    style |= Font.BOLD;
                }
                if (List.of("italic", "oblique").contains(lower(css(font, "font-style"), "normal"))) {
                    style |= Font.ITALIC;
                }
            }
            float size = font == null ? 10f : (float) numberOr(font, css(font, "font-size"), 10);
            double anchorX = 0.5;
            double anchorY = 0.5;
            double dx = 0;
            double dy = 0;
            Element placement = child(e, "LabelPlacement");
            Element point = placement == null ? null : child(placement, "PointPlacement");
            if (point != null) {
                Element anchor = child(point, "AnchorPoint");
                if (anchor != null) {
                    anchorX = number(required(anchor, "AnchorPointX"));
                    anchorY = number(required(anchor, "AnchorPointY"));
                }
                Element displacement = child(point, "Displacement");
                if (displacement != null) {
                    dx = number(required(displacement, "DisplacementX"));
                    dy = number(required(displacement, "DisplacementY"));
                }
            }
            Element halo = child(e, "Halo");
            double haloRadius = 0;
            Fill haloFill = null;
            if (halo != null) {
                haloRadius = child(halo, "Radius") == null ? 1 : number(child(halo, "Radius"));
                haloFill = fill(child(halo, "Fill"));
                if (haloFill == null) {
                    haloFill = new Fill(Color.WHITE);
                }
            }
            Fill fill = fill(child(e, "Fill"));
            return new Symbolizer.TextSymbolizer(List.copyOf(parts), family, style, size,
                    fill == null ? new Fill(Color.BLACK) : fill, haloRadius, haloFill, anchorX, anchorY, dx, dy);
        }

        // ---- values

        Color color(Element at, String value, Color absent) {
            if (value == null || value.isBlank()) {
                return absent;
            }
            String v = value.trim();
            if (v.matches("#[0-9a-fA-F]{6}")) {
                return new Color(Integer.parseInt(v.substring(1), 16));
            }
            throw error(source, at, "colour '" + v + "' is not #rrggbb");
        }

        double opacity(Element at, String value) {
            double o = value == null ? 1 : parseNumber(at, value, "opacity");
            if (o < 0 || o > 1) {
                throw error(source, at, "opacity " + o + " is outside 0..1");
            }
            return o;
        }

        double number(Element e) {
            return parseNumber(e, text(e), e.getLocalName());
        }

        double numberOr(Element at, String value, double absent) {
            return value == null ? absent : parseNumber(at, value, "value");
        }

        double parseNumber(Element at, String value, String what) {
            try {
                return Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                throw error(source, at, what + " '" + value.trim() + "' is not a number");
            }
        }

        Element required(Element parent, String name) {
            Element c = child(parent, name);
            if (c == null) {
                throw error(source, parent, parent.getLocalName() + " needs a " + name);
            }
            return c;
        }

        Element only(Element parent) {
            List<Element> c = children(parent);
            if (c.size() != 1) {
                throw error(source, parent, parent.getLocalName() + " holds exactly one element, found " + c.size());
            }
            return c.get(0);
        }

        Element first(Element parent) {
            List<Element> c = children(parent);
            if (c.isEmpty()) {
                throw error(source, parent, parent.getLocalName() + " is empty");
            }
            return c.get(0);
        }
    }

    private static Color withOpacity(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(opacity * 255));
    }

    private static String lower(String value, String absent) {
        return value == null ? absent : value.trim().toLowerCase(Locale.ROOT);
    }

    private static String css(Element parent, String name) {
        for (Element c : children(parent)) {
            if (("CssParameter".equals(c.getLocalName()) || "SvgParameter".equals(c.getLocalName()))
                    && name.equals(c.getAttribute("name"))) {
                return text(c);
            }
        }
        return null;
    }

    private static String attribute(Element e, String name, String absent) {
        return e.hasAttribute(name) ? e.getAttribute(name) : absent;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().trim();
    }

    private static Element child(Element parent, String localName) {
        for (Element c : children(parent)) {
            if (localName.equals(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(c -> localName.equals(c.getLocalName())).toList();
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static SldException error(String source, Element at, String message) {
        Object line = at.getUserData(LINE);
        return new SldException(source + (line == null ? "" : ":" + line) + ": " + message);
    }

    /** A namespace-aware DOM whose elements remember the line they start on. */
    private static Document parse(InputStream in, String source) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser parser = factory.newSAXParser();
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().newDocument();
            parser.parse(in, new DomBuilder(doc));
            return doc;
        } catch (SAXParseException e) {
            throw new SldException(source + ":" + e.getLineNumber() + ": not well-formed XML: " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new SldException(source + ": cannot be parsed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SldException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static final class DomBuilder extends DefaultHandler {
        private final Document doc;
        private final Deque<Node> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;

        DomBuilder(Document doc) {
            this.doc = doc;
            open.push(doc);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flushText();
            Element e = doc.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String ns = attributes.getURI(i);
                e.setAttributeNS(ns == null || ns.isEmpty() ? null : ns, attributes.getQName(i), attributes.getValue(i));
            }
            if (locator != null) {
                e.setUserData(LINE, locator.getLineNumber(), null);
            }
            open.peek().appendChild(e);
            open.push(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flushText() {
            if (text.length() > 0 && open.peek() instanceof Element e) {
                e.appendChild(doc.createTextNode(text.toString()));
            }
            text.setLength(0);
        }
    }
}
