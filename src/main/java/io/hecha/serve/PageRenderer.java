package io.hecha.serve;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PDF pages as PNG images (PDFBox), from the original file the batch read — only when its content
 * is still the one the JSON was made from (same SHA-256), so the boxes drawn on it are right.
 * {@link #SCALE} pixels per point; the page draws a box at {@code bbox × SCALE}. Renders one page
 * at a time and keeps the last few.
 */
final class PageRenderer {
    /** Pixels per PDF point (108 dpi). */
    static final float SCALE = 1.5f;
    private static final int CACHED_PAGES = 24;
    private static final int MAX_PAGE_PIXELS = 40_000_000;

    private final String password;
    private final Map<String, byte[]> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> e) {
            return size() > CACHED_PAGES;
        }
    };
    private final Map<String, String> hashes = new LinkedHashMap<>();

    PageRenderer(String password) {
        this.password = password;
    }

    /** Why the original cannot be shown, or null when it can. */
    synchronized String unavailable(Path source, String sha256) {
        if (source == null) return "the batch journal does not record where the original is (rerun hecha batch)";
        if (!Files.isRegularFile(source)) return "the original is no longer at " + source;
        try {
            if (!sha256.equals(hash(source))) return "the original at " + source + " has changed since it was read";
        } catch (IOException e) {
            return "the original cannot be read: " + e.getMessage();
        }
        return null;
    }

    /** Page {@code page} (1-based) as PNG. */
    synchronized byte[] png(Path source, String sha256, int page) throws HttpError {
        String why = unavailable(source, sha256);
        if (why != null) throw HttpError.notFound(why);
        String key = sha256 + "#" + page;
        byte[] cached = pages.get(key);
        if (cached != null) return cached;
        try (PDDocument doc = password == null ? Loader.loadPDF(source.toFile()) : Loader.loadPDF(source.toFile(), password)) {
            if (page < 1 || page > doc.getNumberOfPages()) throw HttpError.notFound("no page " + page);
            var box = doc.getPage(page - 1).getCropBox();
            if ((double) box.getWidth() * box.getHeight() * SCALE * SCALE > MAX_PAGE_PIXELS) {
                throw new HttpError(422, "page " + page + " is too large to render");
            }
            BufferedImage img = new PDFRenderer(doc).renderImage(page - 1, SCALE, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            byte[] png = out.toByteArray();
            pages.put(key, png);
            return png;
        } catch (InvalidPasswordException e) {
            throw new HttpError(422, "the PDF is encrypted");
        } catch (IOException | RuntimeException e) {
            throw new HttpError(422, "page " + page + " cannot be rendered: " + e.getMessage());
        }
    }

    /** The content hash of a file, remembered while its size and time stay the same. */
    private String hash(Path p) throws IOException {
        String stamp = p + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
        String h = hashes.get(stamp);
        if (h != null) return h;
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        h = HexFormat.of().formatHex(md.digest());
        if (hashes.size() > 1000) hashes.clear();
        hashes.put(stamp, h);
        return h;
    }
}
