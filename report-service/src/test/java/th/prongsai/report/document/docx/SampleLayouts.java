package th.prongsai.report.document.docx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.ita.thai.ThaiNumbers;
import th.prongsai.report.document.ReportLayout;
import th.prongsai.report.document.ReportLayout.ApproverBlock;
import th.prongsai.report.document.ReportLayout.HeadedParagraph;
import th.prongsai.report.document.ReportLayout.Memo;
import th.prongsai.report.document.ReportLayout.Orientation;
import th.prongsai.report.document.ReportLayout.Paragraphs;
import th.prongsai.report.document.ReportLayout.Row;
import th.prongsai.report.document.ReportLayout.Table;
import th.prongsai.report.document.ReportLayout.TableKind;

/**
 * A realistic layout built by hand from seed 003 (Tha Phae 2567): memo, framework paragraphs, a 10-row score table
 * and a 30-measure landscape table in 7 themes, long enough to span several pages. Shared by the DOCX and HTML tests.
 */
public final class SampleLayouts {

    public static final String[] THEMES = {
        "ประเด็นที่ ๑ การปฏิบัติหน้าที่และการให้บริการ",
        "ประเด็นที่ ๒ การเปิดเผยข้อมูลสาธารณะ",
        "ประเด็นที่ ๓ การใช้งบประมาณและการจัดซื้อจัดจ้าง",
        "ประเด็นที่ ๔ การใช้ทรัพย์สินของราชการ",
        "ประเด็นที่ ๕ การใช้อำนาจและการบริหารงานบุคคล",
        "ประเด็นที่ ๖ การสื่อสารและการปรับปรุงระบบการทำงาน",
        "ประเด็นที่ ๗ กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน",
    };

    private static final String[] ACTIVITIES = {
        "กิจกรรมปรับปรุงกระบวนการ/ขั้นตอนการปฏิบัติงานให้มีประสิทธิภาพ มีความชัดเจนและประชาสัมพันธ์ให้ประชาชนทราบ",
        "กิจกรรมประชาสัมพันธ์ เผยแพร่ ผลการดำเนินงานของเทศบาลฯ ผ่านสื่อ/ช่องทางต่างๆ ของเทศบาล",
        "กิจกรรมส่งเสริมและสนับสนุนให้บุคลากรในสังกัดประพฤติตนตามมาตรฐานจรรยาบรรณของหน่วยงาน",
        "กิจกรรมสำรวจความพึงพอใจในการให้บริการแก่ประชาชน เพื่อนำไปปรับปรุง/พัฒนาการให้บริการประชาชนให้ดียิ่งขึ้น",
        "กิจกรรมเปิดโอกาสให้ประชาชนได้เข้ามามีส่วนร่วมในโครงการ/กิจกรรม/งาน ของเทศบาล เช่น การประชาคม",
        "กิจกรรมเพิ่มช่องทางการให้บริการในรูปแบบออนไลน์ หรือ E-service เพื่อความสะดวกและรวดเร็ว",
        "กิจกรรมปรับปรุงเว็บไซต์ เพื่อประชาสัมพันธ์เผยแพร่ข้อมูลการดำเนินงาน และงานบริการต่างๆ ของเทศบาล",
        "กิจกรรมส่งเสริมการมีส่วนร่วมในการใช้จ่ายงบประมาณของเทศบาล",
        "กิจกรรมส่งเสริมการมีส่วนร่วม และสร้างความโปร่งใสในการจัดซื้อจัดจ้างของเทศบาล",
        "กิจกรรมกำหนดแนวทางการปฏิบัติงาน การนำทรัพย์สินของราชการไปใช้และการตรวจสอบทรัพย์สินของราชการ",
        "กิจกรรมจัดทำแผนการบริหารและพัฒนาทรัพยากรบุคคล ตลอดจนรายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
        "กิจกรรมเสริมสร้าง/ส่งเสริมให้มีการขับเคลื่อนจริยธรรมภายในหน่วยงาน",
        "กิจกรรมสร้างจิตสำนึกและส่งเสริมการเรียนรู้และปฏิบัติตามหลักคุณธรรมจริยธรรมในการปฏิบัติราชการ",
        "กิจกรรมพัฒนาช่องทางการร้องเรียน/ร้องทุกข์/การแจ้งเบาะแสต่างๆ เพื่อให้สามารถเข้าถึงประชาชนได้มากขึ้น",
        "กิจกรรมป้องกันและลดมูลเหตุความเสียหายที่อาจเกิดขึ้นจากการทุจริต",
    };

    private static final String STEPS =
            "๑. จัดประชุมทุกส่วนราชการ เพื่อทบทวนกระบวนการ/ขั้นตอนการปฏิบัติงานของแต่ละส่วนราชการ"
                    + " ปรับปรุงกระบวนการทำงานและลดขั้นตอนการทำงาน\n๒. จัดทำและปรับปรุงคู่มือ/แนวทางการขอรับบริการ"
                    + "สำหรับผู้มาขอรับบริการ\n๓. กำชับให้เจ้าหน้าที่ถือปฏิบัติตามคู่มือ/แนวทางดังกล่าวอย่างเคร่งครัด"
                    + "\n๔. ประชาสัมพันธ์ให้ประชาชนทราบผ่านสื่อต่างๆ ของหน่วยงาน";
    private static final String RESULT =
            "๑. มีคู่มือ/แนวทางการขอรับบริการสำหรับผู้มาขอรับบริการ\n๒. เจ้าหน้าที่ถือปฏิบัติ"
                    + "ตามคู่มือ/แนวทางดังกล่าวอย่างเคร่งครัด\n๓. ประชาสัมพันธ์ให้ประชาชนทราบ ผ่านสื่อต่างๆ ของหน่วยงาน"
                    + " ดำเนินการแล้วเสร็จร้อยละ ๑๐๐";
    private static final String OUTCOME = "ประชาชน/ผู้มารับบริการได้รับการบริการอย่างเสมอภาคเท่าเทียม สะดวกรวดเร็ว"
            + " เกิดความโปร่งใสในการปฏิบัติงาน";

    private SampleLayouts() {}

    /** The 30 measure titles, each unique (numbered). */
    public static List<String> measureTitles() {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String number = ThaiNumbers.whole(i + 1, DigitStyle.THAI);
            titles.add(number + ". " + ACTIVITIES[i % ACTIVITIES.length] + " (มาตรการที่ " + number + ")");
        }
        return titles;
    }

    public static ReportLayout taPhae2567() {
        return taPhae2567("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗");
    }

    public static ReportLayout taPhae2567(String title) {
        return taPhae2567(title, DigitStyle.THAI);
    }

    /** The sample with its digit style as given (its texts keep their Thai digits: only page numbers follow it). */
    public static ReportLayout taPhae2567(String title, DigitStyle digits) {
        ReportLayout.Meta meta = new ReportLayout.Meta(
                title,
                "การประเมินคุณธรรมและความโปร่งใส (ITA) เทศบาลตำบลท่าแพ",
                "เทศบาลตำบลท่าแพ",
                "ITA, คุณธรรม, ความโปร่งใส, ท่าแพ",
                "th",
                2567,
                Instant.parse("2024-10-22T03:00:00Z"));

        Memo memo = new Memo(
                "สำนักปลัดเทศบาล เทศบาลตำบลท่าแพ โทร ๐-๗๕๗๖-๕๒๖๗-๘ ต่อ ๑๑",
                "นศ ๕๓๓๐๑/๖๕๓",
                "๒๒ ตุลาคม ๒๕๖๗",
                "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ของเทศบาลตำบลท่าแพ"
                        + " ประจำปีงบประมาณ พ.ศ.๒๕๖๗",
                "นายกเทศมนตรีตำบลท่าแพ",
                List.of(
                        new HeadedParagraph(
                                "เรื่องเดิม",
                                "ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ"
                                        + " (สำนักงาน ป.ป.ช.) ได้ดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
                                        + "ภาครัฐ (Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ.๒๕๖๗"),
                        new HeadedParagraph(
                                "ข้อเท็จจริง",
                                "เทศบาลตำบลท่าแพ ได้คะแนน ๖๘.๕๑ คะแนน ต่ำกว่าเกณฑ์ผ่าน"
                                        + " ๘๕ คะแนน จึงนำผลการประเมินมาวิเคราะห์ข้อมูลเพื่อนำมาปรับปรุงการดำเนินงาน"),
                        new HeadedParagraph(
                                "ข้อพิจารณา/ข้อเสนอแนะ",
                                "สำนักปลัดเทศบาลตำบลท่าแพ ขอรายงานผลการดำเนินการ"
                                        + "เพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน มาเพื่อทราบ")),
                "จึงเรียนมาเพื่อโปรดทราบ",
                "นางสาวกมลทิพย์ วัจนะพันธ์",
                "นักจัดการงานทั่วไปชำนาญการ",
                List.of(
                        new ApproverBlock(
                                "หัวหน้าสำนักปลัดเทศบาล", "ทราบ เห็นควรเสนอปลัดเทศบาล", "นางสายฝน ยกชู", "๒๓ ต.ค. ๖๗"),
                        new ApproverBlock("ปลัดเทศบาลตำบลท่าแพ", null, null, null),
                        new ApproverBlock("นายกเทศมนตรีตำบลท่าแพ", null, null, null)));

        Paragraphs framework = new Paragraphs(
                "การประเมินคุณธรรมและความโปร่งใส (ITA)",
                List.of(
                        "หลักเกณฑ์การประเมิน แบ่งออกเป็น ๓ ส่วน รวมทั้งหมด ๑๐ ตัวชี้วัด ประกอบด้วย",
                        "ส่วนที่ ๑ : แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ๕ ตัวชี้วัด\n"
                                + "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\nตัวชี้วัดที่ ๒ การใช้งบประมาณ",
                        "ที่ น้ำ ปู่ ญี่ปุ่น ดำเนินการ ความโปร่งใส"),
                Orientation.PORTRAIT);

        String[][] scores = {
            {"๑. การปฏิบัติหน้าที่", "๘๕.๒๓", "๗๙.๑๐", "ลดลง"},
            {"๒. การใช้งบประมาณ", "๗๘.๔๕", "๗๐.๑๒", "ลดลง"},
            {"๓. การใช้อำนาจ", "๘๐.๑๑", "๘๑.๐๐", "เพิ่มขึ้น"},
            {"๔. การใช้ทรัพย์สินของราชการ", "๗๒.๐๐", "๗๐.๔๐", "ลดลง"},
            {"๕. การแก้ไขปัญหาการทุจริต", "๗๔.๔๔", "๗๕.๐๐", "เพิ่มขึ้น"},
            {"๖. คุณภาพการดำเนินงาน", "๗๖.๕๐", "๗๘.๒๐", "เพิ่มขึ้น"},
            {"๗. ประสิทธิภาพการสื่อสาร", "๗๒.๙๗", "๘๒.๓๔", "เพิ่มขึ้น"},
            {"๘. การปรับปรุงระบบการทำงาน", "๖๘.๙๐", "๖๕.๒๐", "ลดลง"},
            {"๙. การเปิดเผยข้อมูล", "๘๐.๐๐", "๖๓.๕๗", "ลดลง"},
            {"๑๐. การป้องกันการทุจริต", "๖๗.๕๐", "๔๓.๓๔", "ลดลง"},
        };
        List<Row> scoreRows = new ArrayList<>();
        for (String[] s : scores) {
            scoreRows.add(Row.data(List.of(s)));
        }
        Table scoreTable = new Table(
                TableKind.COMPARISON,
                "ผลคะแนนเทียบเกณฑ์ผ่าน ๘๕ คะแนน",
                List.of("ตัวชี้วัด", "ปี ๒๕๖๖", "ปี ๒๕๖๗", "แนวโน้ม"),
                List.of(4, 1, 1, 1),
                scoreRows,
                "เกณฑ์ผ่าน ๘๕ คะแนน",
                Orientation.PORTRAIT);

        List<String> titles = measureTitles();
        List<Row> measureRows = new ArrayList<>();
        int m = 0;
        for (int t = 0; t < THEMES.length; t++) {
            measureRows.add(Row.group(THEMES[t]));
            int count = t < 2 ? 5 : 4; // 5+5+4*5 = 30
            for (int k = 0; k < count; k++, m++) {
                measureRows.add(Row.data(List.of(
                        titles.get(m),
                        "๑. สำนักปลัดเทศบาล\n๒. กองคลัง\n๓. กองช่าง\n๔. กองสาธารณสุขฯ\n๕. กองการประปา\n๖. กองการศึกษา",
                        STEPS,
                        "ต.ค. ๖๖ – ก.ย. ๖๗",
                        RESULT,
                        OUTCOME)));
            }
        }
        Table measures = new Table(
                TableKind.MEASURES,
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                List.of(
                        "มาตรการ/โครงการ/กิจกรรม",
                        "หน่วยงานที่รับผิดชอบ",
                        "ขั้นตอน/วิธีการปฏิบัติ",
                        "ระยะเวลา",
                        "สรุปผลการดำเนินการตามมาตรการ/กิจกรรม",
                        "ผลลัพธ์หรือความสำเร็จของการดำเนินการ"),
                List.of(4, 2, 5, 2, 5, 4),
                measureRows,
                null,
                Orientation.LANDSCAPE);

        Paragraphs outcome = new Paragraphs(
                "สรุปผลลัพธ์",
                List.of("ผลการดำเนินการตามมาตรการ ทำให้การปฏิบัติงานโปร่งใสขึ้น ความโปร่งใส & ความเชื่อมั่น < ๑๐๐ %"),
                Orientation.PORTRAIT);

        return new ReportLayout(meta, digits, List.of(memo, framework, scoreTable, measures, outcome));
    }
}
