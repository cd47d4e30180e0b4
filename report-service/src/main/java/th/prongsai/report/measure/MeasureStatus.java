package th.prongsai.report.measure;

/** Where a measure stands (planned, in progress, done, not done). */
public enum MeasureStatus {
    PLANNED, IN_PROGRESS, DONE, NOT_DONE
}
