package th.prongsai.analytics.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The 77 provinces (76 + Bangkok) by their 2-digit codes, as tenant-service lists them in provinces.csv. */
public final class Provinces {

    /** Code → Thai name, in code order. */
    public static final Map<String, String> NAMES_TH;

    static {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("10", "กรุงเทพมหานคร");
        names.put("11", "สมุทรปราการ");
        names.put("12", "นนทบุรี");
        names.put("13", "ปทุมธานี");
        names.put("14", "พระนครศรีอยุธยา");
        names.put("15", "อ่างทอง");
        names.put("16", "ลพบุรี");
        names.put("17", "สิงห์บุรี");
        names.put("18", "ชัยนาท");
        names.put("19", "สระบุรี");
        names.put("20", "ชลบุรี");
        names.put("21", "ระยอง");
        names.put("22", "จันทบุรี");
        names.put("23", "ตราด");
        names.put("24", "ฉะเชิงเทรา");
        names.put("25", "ปราจีนบุรี");
        names.put("26", "นครนายก");
        names.put("27", "สระแก้ว");
        names.put("30", "นครราชสีมา");
        names.put("31", "บุรีรัมย์");
        names.put("32", "สุรินทร์");
        names.put("33", "ศรีสะเกษ");
        names.put("34", "อุบลราชธานี");
        names.put("35", "ยโสธร");
        names.put("36", "ชัยภูมิ");
        names.put("37", "อำนาจเจริญ");
        names.put("38", "บึงกาฬ");
        names.put("39", "หนองบัวลำภู");
        names.put("40", "ขอนแก่น");
        names.put("41", "อุดรธานี");
        names.put("42", "เลย");
        names.put("43", "หนองคาย");
        names.put("44", "มหาสารคาม");
        names.put("45", "ร้อยเอ็ด");
        names.put("46", "กาฬสินธุ์");
        names.put("47", "สกลนคร");
        names.put("48", "นครพนม");
        names.put("49", "มุกดาหาร");
        names.put("50", "เชียงใหม่");
        names.put("51", "ลำพูน");
        names.put("52", "ลำปาง");
        names.put("53", "อุตรดิตถ์");
        names.put("54", "แพร่");
        names.put("55", "น่าน");
        names.put("56", "พะเยา");
        names.put("57", "เชียงราย");
        names.put("58", "แม่ฮ่องสอน");
        names.put("60", "นครสวรรค์");
        names.put("61", "อุทัยธานี");
        names.put("62", "กำแพงเพชร");
        names.put("63", "ตาก");
        names.put("64", "สุโขทัย");
        names.put("65", "พิษณุโลก");
        names.put("66", "พิจิตร");
        names.put("67", "เพชรบูรณ์");
        names.put("70", "ราชบุรี");
        names.put("71", "กาญจนบุรี");
        names.put("72", "สุพรรณบุรี");
        names.put("73", "นครปฐม");
        names.put("74", "สมุทรสาคร");
        names.put("75", "สมุทรสงคราม");
        names.put("76", "เพชรบุรี");
        names.put("77", "ประจวบคีรีขันธ์");
        names.put("80", "นครศรีธรรมราช");
        names.put("81", "กระบี่");
        names.put("82", "พังงา");
        names.put("83", "ภูเก็ต");
        names.put("84", "สุราษฎร์ธานี");
        names.put("85", "ระนอง");
        names.put("86", "ชุมพร");
        names.put("90", "สงขลา");
        names.put("91", "สตูล");
        names.put("92", "ตรัง");
        names.put("93", "พัทลุง");
        names.put("94", "ปัตตานี");
        names.put("95", "ยะลา");
        names.put("96", "นราธิวาส");
        NAMES_TH = Collections.unmodifiableMap(names);
    }

    public static final String BANGKOK = "10";
    public static final String CHON_BURI = "20";

    private Provinces() {}

    public static Set<String> codes() {
        return NAMES_TH.keySet();
    }

    public static boolean isValid(String code) {
        return code != null && NAMES_TH.containsKey(code);
    }
}
