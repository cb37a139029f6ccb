package org.symbiopark.web.wms;

/**
 * A request WMS 1.3.0 must refuse, with the exception code of its Table E.1 ({@code null} for
 * none) and the parameter at fault as the locator.
 */
class WmsException extends RuntimeException {

    static final String INVALID_FORMAT = "InvalidFormat";
    static final String INVALID_CRS = "InvalidCRS";
    static final String LAYER_NOT_DEFINED = "LayerNotDefined";
    static final String STYLE_NOT_DEFINED = "StyleNotDefined";
    static final String LAYER_NOT_QUERYABLE = "LayerNotQueryable";
    static final String INVALID_POINT = "InvalidPoint";
    static final String MISSING_PARAMETER_VALUE = "MissingParameterValue";
    static final String INVALID_PARAMETER_VALUE = "InvalidParameterValue";
    static final String OPERATION_NOT_SUPPORTED = "OperationNotSupported";

    private final String code;
    private final String locator;

    WmsException(String code, String locator, String message) {
        super(message);
        this.code = code;
        this.locator = locator;
    }

    String code() {
        return code;
    }

    String locator() {
        return locator;
    }
}
