package th.prongsai.report.document.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Sarabun embedded in the DOCX as ECMA-376 prescribes (Part 1, §17.8.1): each face is a {@code word/fonts/*.odttf}
 * part whose first 32 bytes are XORed with the bytes of its {@code w:fontKey} GUID, in reverse order; the font
 * table names the face with the Thai character set and its OS/2 signature, so Word and LibreOffice show Sarabun on
 * a machine that does not have it. The faces are whole, not subset: subsetting by hand would have to rewrite
 * glyf/loca/cmap and GSUB/GPOS, which Thai marks depend on; the cost is measured in decision 0008. Read once.
 */
final class EmbeddedFonts {

    record Face(String part, String relationshipId, String fontKey, byte[] obfuscated) {}

    static final String NAME = "Sarabun";
    static final Face REGULAR = face("Sarabun-Regular", "rIdFontRegular");
    static final Face BOLD = face("Sarabun-Bold", "rIdFontBold");
    /** w:sig from the regular face's OS/2 table: Unicode ranges (Thai among them) and code pages (874). */
    static final String SIGNATURE = signature(read("Sarabun-Regular"));

    private EmbeddedFonts() {}

    private static Face face(String file, String relationshipId) {
        byte[] font = read(file);
        // Derived from the bytes, so the same font always gives the same key and the same DOCX bytes.
        UUID guid = UUID.nameUUIDFromBytes(font);
        String key = "{" + guid.toString().toUpperCase() + "}";
        return new Face("fonts/" + file + ".odttf", relationshipId, key, obfuscate(font, key));
    }

    /** XORs the first 32 bytes with the key: the GUID's 32 hex digits read as 16 bytes from the last to the first. */
    static byte[] obfuscate(byte[] font, String fontKey) {
        String hex = fontKey.replaceAll("[{}-]", "");
        byte[] key = new byte[16];
        for (int i = 0; i < 16; i++) {
            key[i] = (byte) Integer.parseInt(hex.substring(30 - 2 * i, 32 - 2 * i), 16);
        }
        byte[] out = font.clone();
        for (int i = 0; i < 32 && i < out.length; i++) {
            out[i] ^= key[i % 16];
        }
        return out;
    }

    private static String signature(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(b.getShort(4));
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (b.getInt(entry) == 0x4F532F32) { // 'OS/2'
                int os2 = b.getInt(entry + 8);
                HexFormat h = HexFormat.of().withUpperCase();
                return "w:usb0=\"" + h.toHexDigits(b.getInt(os2 + 42)) + "\" w:usb1=\""
                        + h.toHexDigits(b.getInt(os2 + 46))
                        + "\" w:usb2=\"" + h.toHexDigits(b.getInt(os2 + 50)) + "\" w:usb3=\""
                        + h.toHexDigits(b.getInt(os2 + 54)) + "\" w:csb0=\"" + h.toHexDigits(b.getInt(os2 + 78))
                        + "\" w:csb1=\"" + h.toHexDigits(b.getInt(os2 + 82)) + "\"";
            }
        }
        throw new IllegalStateException("Sarabun without an OS/2 table");
    }

    private static byte[] read(String file) {
        String resource = "fonts/sarabun/" + file + ".ttf";
        try (InputStream in = EmbeddedFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
