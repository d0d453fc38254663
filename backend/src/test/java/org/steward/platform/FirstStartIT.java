package org.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.steward.support.Api;

/**
 * A newcomer's first start, for real: the default configuration (no test environment, embedded H2 in a file, no
 * STEWARD_ADMIN_PASSWORD, no STEWARD_JWT_SECRET), then a restart on the same files.
 */
class FirstStartIT {

    static final Pattern GENERATED = Pattern.compile("generated password:\\s+(\\S+)");

    @TempDir
    Path data;

    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final Logger bootstrap = (Logger) LoggerFactory.getLogger("org.steward.users.internal.AdminBootstrap");

    @BeforeEach
    void captureTheBootstrapLog() {
        log.start();
        bootstrap.addAppender(log);
    }

    @AfterEach
    void stopCapturing() {
        bootstrap.detachAppender(log);
    }

    @Test
    void theGeneratedPasswordIsShownOnceAndTokensAndDataSurviveARestart() {
        String[] password = new String[1];
        String[] token = new String[1];
        String[] constituent = new String[1];

        run(server -> {
            List<String> printed = messages();
            assertThat(printed).as("the bootstrap log on the first start").hasSize(1);
            Matcher m = GENERATED.matcher(printed.get(0));
            assertThat(m.find()).as("the password in %s", printed.get(0)).isTrue();
            password[0] = m.group(1);
            assertThat(password[0]).hasSize(20);

            Api api = api(server);
            var login = api.post("/api/login", Map.of("username", "admin", "password", password[0]));
            assertThat(login.status())
                    .as("sign-in with the printed password: %s", login)
                    .isEqualTo(200);
            token[0] = login.string("access_token");
            Api admin = api.as(token[0]);
            assertThat(admin.get("/api/me").json()).containsEntry("username", "admin");
            var created = admin.post(
                    "/api/constituents", Map.of("type", "INDIVIDUAL", "firstName", "Nell", "lastName", "Newcomer"));
            assertThat(created.status()).as("%s", created).isEqualTo(201);
            constituent[0] = created.string("id");
            assertThat(storedSigningKey(server))
                    .as("the signing key stored in the database")
                    .hasSizeGreaterThan(31);
        });

        log.list.clear();
        run(server -> {
            Api admin = api(server).as(token[0]);
            assertThat(admin.get("/api/me").status())
                    .as("the token issued before the restart still works")
                    .isEqualTo(200);
            assertThat(admin.get("/api/constituents/" + constituent[0]).json())
                    .containsEntry("displayName", "Nell Newcomer");
            api(server).signedIn("admin", password[0]);
            assertThat(messages())
                    .as("nothing printed by the bootstrap on the second start")
                    .isEmpty();
        });
        assertThat(data.resolve("steward.mv.db"))
                .as("the database lives in the data directory")
                .exists();
    }

    private void run(Consumer<EmbeddedServer> steps) {
        String url = "jdbc:h2:file:" + data.resolve("steward").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE";
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of(
                        "datasources.default.url",
                        url,
                        "micronaut.server.port",
                        -1,
                        "app.users.admin-password",
                        "",
                        "app.users.jwt-secret",
                        ""))
                .start()) {
            assertThat(context.getEnvironment().getActiveNames()).doesNotContain("test");
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            try {
                steps.accept(server);
            } finally {
                server.stop();
            }
        }
    }

    private List<String> messages() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static Api api(EmbeddedServer server) {
        return Api.of(server, server.getApplicationContext().getBean(JsonMapper.class));
    }

    private static String storedSigningKey(EmbeddedServer server) {
        DataSource dataSource = server.getApplicationContext().getBean(DataSource.class);
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var ps = c.prepareStatement("SELECT secret_value FROM app_secrets WHERE name = 'jwt-signing-key'");
                ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).as("a jwt-signing-key row in app_secrets").isTrue();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
