package th.prongsai.web.admin;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as inline SVG, drawn on the server (no script, no image request): one {@code <rect>} per run of dark
 * modules in a row, with a four-module quiet zone, so phones scan it from the screen or from a printout.
 */
final class QrSvg {

    private static final int QUIET = 4;

    private QrSvg() {}

    /** The SVG element; {@code label} names it for screen readers (the address is written beside it too). */
    static String of(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET;
        StringBuilder svg = new StringBuilder(16 * qr.size * qr.size / 3)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" viewBox=\"0 0 ")
                .append(size)
                .append(' ')
                .append(size)
                .append("\" width=\"200\" height=\"200\" shape-rendering=\"crispEdges\"")
                .append(" aria-label=\"")
                .append(escape(label))
                .append("\">")
                .append("<rect width=\"")
                .append(size)
                .append("\" height=\"")
                .append(size)
                .append("\" fill=\"#ffffff\"/>");
        for (int y = 0; y < qr.size; y++) {
            int x = 0;
            while (x < qr.size) {
                if (!qr.getModule(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < qr.size && qr.getModule(x, y)) {
                    x++;
                }
                svg.append("<rect x=\"")
                        .append(start + QUIET)
                        .append("\" y=\"")
                        .append(y + QUIET)
                        .append("\" width=\"")
                        .append(x - start)
                        .append("\" height=\"1\" fill=\"#000000\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
