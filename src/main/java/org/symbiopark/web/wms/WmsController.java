package org.symbiopark.web.wms;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * OGC WMS 1.3.0 (ISO 19128) at {@code /wms}, key-value GET requests: GetCapabilities, GetMap,
 * GetFeatureInfo, and the SLD profile's GetLegendGraphic. Every refusal is a
 * {@code ServiceExceptionReport} (text/xml) with the standard's exception code, HTTP 400
 * (404 for an unknown layer); an unexpected failure is one too, with HTTP 500 and no detail.
 */
@RestController
class WmsController {

    private static final Logger LOG = LoggerFactory.getLogger(WmsController.class);

    private final GetCapabilities capabilities;
    private final GetMap getMap;
    private final GetFeatureInfo featureInfo;
    private final GetLegendGraphic legend;

    WmsController(GetCapabilities capabilities, GetMap getMap, GetFeatureInfo featureInfo, GetLegendGraphic legend) {
        this.capabilities = capabilities;
        this.getMap = getMap;
        this.featureInfo = featureInfo;
        this.legend = legend;
    }

    @GetMapping("/wms")
    ResponseEntity<byte[]> wms(@RequestParam MultiValueMap<String, String> query) {
        WmsParameters p = new WmsParameters(query);
        try {
            String request = p.required("REQUEST");
            p.optional("SERVICE").ifPresent(s -> {
                if (!s.equalsIgnoreCase("WMS")) {
                    throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, "SERVICE",
                            "SERVICE is WMS here, not " + s);
                }
            });
            return switch (request.toLowerCase(Locale.ROOT)) {
                case "getcapabilities" -> text(capabilities.document(serviceUrl()), "text/xml;charset=UTF-8");
                case "getmap", "map" -> {
                    GetMap.Image image = getMap.handle(p);
                    yield ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, image.contentType()).body(image.bytes());
                }
                case "getfeatureinfo" -> {
                    GetFeatureInfo.Answer a = featureInfo.handle(p);
                    yield text(a.body(), a.contentType());
                }
                case "getlegendgraphic" -> ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, MapRequest.PNG)
                        .body(legend.handle(p));
                default -> throw new WmsException(WmsException.OPERATION_NOT_SUPPORTED, "REQUEST", "REQUEST="
                        + request + " is not offered: GetCapabilities, GetMap, GetFeatureInfo or GetLegendGraphic");
            };
        } catch (WmsException e) {
            HttpStatus status = WmsException.LAYER_NOT_DEFINED.equals(e.code()) ? HttpStatus.NOT_FOUND
                    : HttpStatus.BAD_REQUEST;
            return exception(status, e.code(), e.locator(), e.getMessage());
        } catch (RuntimeException e) {
            String incident = java.util.UUID.randomUUID().toString();
            LOG.error("WMS request failed, incident {}: {}", incident, query, e);
            return exception(HttpStatus.INTERNAL_SERVER_ERROR, null, null,
                    "the server failed to handle this request (incident " + incident + ")");
        }
    }

    private static ResponseEntity<byte[]> exception(HttpStatus status, String code, String locator, String message) {
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, ServiceExceptionReport.CONTENT_TYPE)
                .body(ServiceExceptionReport.of(code, locator, message).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> text(String body, String contentType) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, contentType)
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String serviceUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/wms").build().toUriString();
    }
}
