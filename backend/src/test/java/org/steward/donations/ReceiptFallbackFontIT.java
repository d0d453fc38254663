package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/**
 * With {@code app.receipts.fallback-fonts} naming a CJK font (Debian's fonts-wqy-zenhei, which .ci/run installs), a
 * Chinese donor name prints on the receipt as written.
 */
@MicronautTest(transactional = false)
@Property(name = "app.receipts.fallback-fonts", value = ReceiptFallbackFontIT.CJK_FONT)
class ReceiptFallbackFontIT {

    static final String CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Test
    void aChineseNamePrintsOnTheReceipt() throws Exception {
        assertThat(Files.isReadable(Path.of(CJK_FONT)))
                .as("apt-get install fonts-wqy-zenhei (.ci/run does)")
                .isTrue();
        Api admin = TestUsers.admin(Api.of(server, json));
        String family = "王" + UUID.randomUUID().toString().substring(0, 4);
        UUID donor = ConstituentRows.individual(dataSource, "小明", family);
        int year = ReceiptLedgerIT.freshYear();
        String giftId = ReceiptLedgerIT.gift(admin, donor, "88.00", LocalDate.of(year, 2, 1));
        var issued = ReceiptLedgerIT.receipt(admin, giftId);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);

        var pdf = admin.getBytes("/api/receipts/" + issued.string("id") + "/pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = ReceiptLedgerIT.text(pdf.body());
        assertThat(text).contains("小明", family, "$88.00");
        assertThat(admin.get("/api/receipts/" + issued.string("id")).json()).containsKey("serialNumber");
    }
}
