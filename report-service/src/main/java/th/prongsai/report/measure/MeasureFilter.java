package th.prongsai.report.measure;

/** Which of a year's measures a list shows; a null field does not filter. */
record MeasureFilter(MeasureStatus status, Long themeId, String indicator, String text) {

    public boolean isEmpty() {
        return status == null && themeId == null && indicator == null && text == null;
    }
}
