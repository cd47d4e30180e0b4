package th.prongsai.tenant.tenant;

/** Kind of local administrative organisation (อปท.). */
public enum TenantType {
    /** องค์การบริหารส่วนจังหวัด */
    PAO,
    /** เทศบาลนคร */
    CITY_MUNICIPALITY,
    /** เทศบาลเมือง */
    TOWN_MUNICIPALITY,
    /** เทศบาลตำบล */
    SUBDISTRICT_MUNICIPALITY,
    /** องค์การบริหารส่วนตำบล */
    SAO,
    /** Bangkok, Pattaya */
    SPECIAL
}
