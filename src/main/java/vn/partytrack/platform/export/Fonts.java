package vn.partytrack.platform.export;

import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;

/** The Liberation fonts (from openpdf-fonts-extra) embedded in PDFs: they carry the Vietnamese glyphs. */
public final class Fonts {

    private Fonts() {
    }

    public static BaseFont embedded(String resource) throws IOException {
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font not found: " + resource);
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, in.readAllBytes(), null);
        }
    }
}
