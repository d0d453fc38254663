package org.steward.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/** Points the mailer of a test server at an SMTP server started in the test (GreenMail) on a free local port. */
public final class TestSmtp {

    private TestSmtp() {}

    /** A port nothing listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Mail delivery on, plain SMTP to 127.0.0.1:{@code port} from {@code from}, a failed attempt retried after a
     * second, 3 s timeouts; a map the caller may add to or override.
     */
    public static Map<String, String> properties(int port, String from) {
        Map<String, String> properties = new HashMap<>();
        properties.put("app.mail.enabled", "true");
        properties.put("app.mail.host", "127.0.0.1");
        properties.put("app.mail.port", String.valueOf(port));
        properties.put("app.mail.security", "NONE");
        properties.put("app.mail.from", from);
        properties.put("app.mail.retry-delay", "1s");
        properties.put("app.mail.timeout", "3s");
        return properties;
    }
}
