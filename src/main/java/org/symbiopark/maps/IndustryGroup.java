package org.symbiopark.maps;

/**
 * The groups plants are drawn by: ISIC Rev.4 sections and divisions (UN Statistics Division,
 * ST/ESA/STAT/SER.M/4/Rev.4, 2008) folded into the handful a park map can tell apart by colour.
 * The section letter decides outside manufacturing; inside section C the two-digit division does.
 */
public final class IndustryGroup {

    public static final String ENERGY = "energy";
    public static final String WATER_WASTE = "water-waste";
    public static final String FOOD = "food";
    public static final String WOOD_PAPER = "wood-paper";
    public static final String CHEMICALS = "chemicals";
    public static final String MINERALS = "minerals";
    public static final String METALS = "metals";
    public static final String MACHINERY = "machinery";
    public static final String OTHER_MANUFACTURING = "other-manufacturing";
    public static final String AGRICULTURE = "agriculture";
    public static final String LOGISTICS = "logistics";
    public static final String OTHER = "other";

    private IndustryGroup() {
    }

    /** The group of an ISIC code written as section letter + division digits ("D3510", "C1610"). */
    public static String of(String isic) {
        if (isic == null || isic.isEmpty()) {
            return OTHER;
        }
        char section = Character.toUpperCase(isic.charAt(0));
        return switch (section) {
            case 'D' -> ENERGY;
            case 'E' -> WATER_WASTE;
            case 'A' -> AGRICULTURE;
            case 'H' -> LOGISTICS;
            case 'C' -> manufacturing(isic);
            default -> OTHER;
        };
    }

    private static String manufacturing(String isic) {
        if (isic.length() < 3 || !Character.isDigit(isic.charAt(1)) || !Character.isDigit(isic.charAt(2))) {
            return OTHER_MANUFACTURING;
        }
        int division = Integer.parseInt(isic.substring(1, 3));
        if (division <= 12) {
            return FOOD;
        }
        if (division >= 16 && division <= 18) {
            return WOOD_PAPER;
        }
        if (division >= 19 && division <= 22) {
            return CHEMICALS;
        }
        if (division == 23) {
            return MINERALS;
        }
        if (division == 24 || division == 25) {
            return METALS;
        }
        if (division >= 26 && division <= 30) {
            return MACHINERY;
        }
        return OTHER_MANUFACTURING;
    }
}
