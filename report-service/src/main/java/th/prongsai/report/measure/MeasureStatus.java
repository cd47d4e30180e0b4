package th.prongsai.report.measure;

/** Where a measure stands, with the words a Thai report uses. */
public enum MeasureStatus {
    PLANNED("ยังไม่เริ่มดำเนินการ"),
    IN_PROGRESS("อยู่ระหว่างดำเนินการ"),
    DONE("ดำเนินการแล้ว"),
    NOT_DONE("ยังไม่ได้ดำเนินการ");

    private final String labelTh;

    MeasureStatus(String labelTh) {
        this.labelTh = labelTh;
    }

    public String labelTh() {
        return labelTh;
    }
}
