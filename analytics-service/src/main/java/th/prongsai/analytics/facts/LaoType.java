package th.prongsai.analytics.facts;

import java.util.Optional;

/**
 * Kinds of local administrative organisation, with the names tenant-service uses ({@code TenantType}),
 * so tenant facts and imported facts group together. Bangkok and Pattaya are {@link #SPECIAL}, as in tenant-service.
 */
public enum LaoType {
    /** องค์การบริหารส่วนจังหวัด (อบจ.) */
    PAO("องค์การบริหารส่วนจังหวัด"),
    /** เทศบาลนคร */
    CITY_MUNICIPALITY("เทศบาลนคร"),
    /** เทศบาลเมือง */
    TOWN_MUNICIPALITY("เทศบาลเมือง"),
    /** เทศบาลตำบล */
    SUBDISTRICT_MUNICIPALITY("เทศบาลตำบล"),
    /** องค์การบริหารส่วนตำบล (อบต.) */
    SAO("องค์การบริหารส่วนตำบล"),
    /** กรุงเทพมหานคร and เมืองพัทยา */
    SPECIAL("ราชการส่วนท้องถิ่นรูปแบบพิเศษ");

    private final String nameTh;

    LaoType(String nameTh) {
        this.nameTh = nameTh;
    }

    public String nameTh() {
        return nameTh;
    }

    /** The type with this name; BANGKOK and PATTAYA are read as {@link #SPECIAL}. */
    public static Optional<LaoType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        if (n.equals("BANGKOK") || n.equals("PATTAYA")) {
            return Optional.of(SPECIAL);
        }
        for (LaoType type : values()) {
            if (type.name().equals(n)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
