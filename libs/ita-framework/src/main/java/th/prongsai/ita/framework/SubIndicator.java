package th.prongsai.ita.framework;

/** A sub-indicator (ตัวชี้วัดย่อย) such as "9.1"; its code starts with its indicator's code and a dot. */
public record SubIndicator(String code, String nameTh, String nameEn) {}
