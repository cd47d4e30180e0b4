package th.prongsai.report.document;

/**
 * The approval chain of a measure report, as the paper memo goes up it: head of the clerk's office, municipal
 * clerk, mayor. Each step is matched with the {@code position} claim of the approver's token.
 */
public enum ApprovalStep {
    HEAD_OF_OFFICE("หัวหน้าสำนักปลัดเทศบาล"),
    CLERK("ปลัดเทศบาล"),
    MAYOR("นายกเทศมนตรี");

    private final String positionTh;

    ApprovalStep(String positionTh) {
        this.positionTh = positionTh;
    }

    public String positionTh() {
        return positionTh;
    }
}
