package th.prongsai.ita.framework;

/**
 * One item of the year's OIT checklist (แบบวัดการเปิดเผยข้อมูลสาธารณะ), which a municipality answers in ITAS with
 * URLs on its main website. The list order is ITAS's order.
 *
 * @param code                    the item's code in ITAS, e.g. "o1"
 * @param nameTh                  its Thai title
 * @param subIndicator            the code of the OIT sub-indicator it is scored under, e.g. "9.1"
 * @param evidenceTh              what evidence it asks for, one short Thai sentence
 * @param answeredByMeasureReport whether the published measure report answers it (o42, o43 in 2564 and 2566)
 */
public record OitItem(
        String code, String nameTh, String subIndicator, String evidenceTh, boolean answeredByMeasureReport) {

    /** The indicator the item counts for: "9" for "9.1", "10" for "10.2". */
    public String indicator() {
        if (subIndicator == null) {
            return null;
        }
        int dot = subIndicator.indexOf('.');
        return dot < 0 ? subIndicator : subIndicator.substring(0, dot);
    }
}
