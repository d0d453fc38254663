package org.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.steward.support.TestSmtp;
import org.steward.support.TestUsers;

/**
 * Runs the Playwright journeys in frontend/e2e (headless Chromium) against this test server: the web page as a
 * user sees it, on the real database. Mail goes to a real SMTP server started here (GreenMail); the journeys read
 * what it received as JSON from {@code STEWARD_E2E_MAIL_URL}: {@code [{"to", "subject", "text", "html",
 * "attachments": [{"name", "contentType", "base64"}]}]}, oldest first.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebJourneyIT implements TestPropertyProvider {

    private GreenMail smtp;
    private HttpServer mailbox;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(TestSmtp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        int port = smtp.getSmtp().getPort();
        // Mail goes out right after the registration commits; a failed attempt is retried after a second.
        Map<String, String> properties = TestSmtp.properties(port, "events@example.org");
        properties.put("app.mail.from-name", "Friends of the Library");
        properties.put("app.mail.timeout", "5s");
        return properties;
    }

    @AfterAll
    void stopServers() {
        if (mailbox != null) {
            mailbox.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theBrowserJourneysPass() throws Exception {
        mailbox = startMailbox();
        File frontend = new File(System.getenv().getOrDefault("STEWARD_FRONTEND_DIR", "../frontend"));
        Path output = Files.createTempFile("steward-e2e", ".log");
        ProcessBuilder journeys = new ProcessBuilder(List.of("npm", "run", "e2e"))
                .directory(frontend)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        journeys.environment().put("BASE_URL", server.getURI().toString());
        journeys.environment().put("STEWARD_E2E_USERNAME", TestUsers.ADMIN);
        journeys.environment().put("STEWARD_E2E_PASSWORD", TestUsers.ADMIN_PASSWORD);
        journeys.environment()
                .put(
                        "STEWARD_E2E_MAIL_URL",
                        "http://127.0.0.1:" + mailbox.getAddress().getPort() + "/messages");

        Process process = journeys.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        String log = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(log);

        assertThat(finished).as("journeys finished in time").isTrue();
        assertThat(process.exitValue())
                .as("journeys' exit code; output:\n%s", log)
                .isZero();
        assertThat(log).containsPattern("# pass [1-9]").contains("# fail 0");
    }

    /** A tiny HTTP endpoint on a free local port: GET /messages answers every message received so far. */
    private HttpServer startMailbox() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/messages", exchange -> {
            byte[] body;
            int status = 200;
            try {
                body = json.writeValueAsBytes(messages());
            } catch (MessagingException | RuntimeException e) {
                status = 500;
                body = String.valueOf(e).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
        return http;
    }

    private List<Map<String, Object>> messages() throws MessagingException, IOException {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Parts parts = new Parts();
            parts.walk(message);
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("to", firstRecipient(message));
            view.put("subject", message.getSubject());
            view.put("text", parts.text);
            view.put("html", parts.html);
            view.put("attachments", parts.attachments);
            messages.add(view);
        }
        return messages;
    }

    private static String firstRecipient(MimeMessage message) throws MessagingException {
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        if (to == null || to.length == 0) {
            return null;
        }
        return to[0] instanceof InternetAddress address ? address.getAddress() : to[0].toString();
    }

    /** The text and HTML bodies and the files of a message (a part with a file name is a file, inline or not). */
    private static final class Parts {
        String text;
        String html;
        final List<Map<String, String>> attachments = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i));
                }
                return;
            }
            String name = part.getFileName();
            if (name != null) {
                try (InputStream in = part.getInputStream()) {
                    attachments.add(Map.of(
                            "name",
                            name,
                            "contentType",
                            part.getContentType().split(";")[0].trim(),
                            "base64",
                            Base64.getEncoder().encodeToString(in.readAllBytes())));
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            }
        }
    }
}
