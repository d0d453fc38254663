package org.steward.events.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Check-in tokens and their QR codes (ADR 0018). A token is 128 random bits from {@link SecureRandom} written as
 * base64url without padding (22 characters): unguessable, and not the registration's id, so a code seen on someone
 * else's phone reveals nothing that could be looked up elsewhere. The QR code (ZXing) carries the token alone.
 */
public final class CheckInCodes {

    static final int SIZE = 320;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckInCodes() {}

    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A PNG of the token's QR code. */
    public static byte[] qrPng(String token) {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            token,
                            BarcodeFormat.QR_CODE,
                            SIZE,
                            SIZE,
                            Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
