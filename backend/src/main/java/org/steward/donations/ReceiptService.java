package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.steward.audit.AuditTrail;
import org.steward.audit.Changes;
import org.steward.donations.internal.AmountRules;
import org.steward.donations.internal.ReceiptLedger;
import org.steward.donations.internal.ReceiptLedger.Receipt;
import org.steward.donations.internal.ReceiptStore.LineRow;
import org.steward.donations.internal.ReceiptTemplateStore;
import org.steward.donations.internal.ReceiptTemplateStore.TemplateRow;
import org.steward.reports.receipts.ReceiptDocument;
import org.steward.reports.receipts.ReceiptDonor;
import org.steward.reports.receipts.ReceiptGift;
import org.steward.reports.receipts.ReceiptTemplate;
import org.steward.reports.receipts.TaxReceiptRenderer;
import org.steward.shared.errors.StaleVersionException;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;
import org.steward.shared.web.PageResponse;

/**
 * Tax receipts (docs/adr/0013-receipt-serials.md): issues single and annual receipts with gap-free serial numbers
 * per year, voids and replaces them, renders them as PDF (the first download is the original, later ones are marked
 * DUPLICATE COPY), and keeps the organization's receipt template. Every change is audited (entity {@code receipt},
 * {@code receipt-template}).
 */
@Singleton
public class ReceiptService {

    public static final String TEMPLATE_ENTITY = "receipt-template";

    private final ReceiptLedger ledger;
    private final ReceiptTemplateStore templates;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Timestamps timestamps;
    private final TaxReceiptRenderer renderer;

    ReceiptService(
            ReceiptLedger ledger,
            ReceiptTemplateStore templates,
            AuditTrail audit,
            CurrentActor actor,
            Timestamps timestamps,
            ReceiptsConfig config) {
        this.renderer = new TaxReceiptRenderer(config.fallbackFontFiles());
        this.ledger = ledger;
        this.templates = templates;
        this.audit = audit;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    /** A receipt for one completed gift; 409 {@code donations.already-receipted} if it is on a live receipt. */
    public ReceiptView issueForGift(UUID giftId) {
        ledger.ensureSerialYear(ledger.yearOfGift(giftId));
        return view(ledger.issueSingle(giftId));
    }

    /** One receipt for the donor's completed gifts of the year that are on no live receipt yet. */
    public ReceiptView issueAnnual(UUID constituentId, int year) {
        ledger.ensureSerialYear(year);
        return view(ledger.issueAnnual(constituentId, year));
    }

    public ReceiptView voidReceipt(UUID id, String reason) {
        return view(ledger.voidReceipt(id, reason));
    }

    /** Cancels the receipt (REPLACED) and issues a new one with a new serial for the same gifts. */
    public ReceiptView replace(UUID id, @Nullable String reason) {
        ledger.ensureSerialYear(ledger.yearOfReceipt(id));
        return view(ledger.replace(id, reason));
    }

    public ReceiptView get(UUID id) {
        return view(ledger.get(id));
    }

    public PageResponse<ReceiptView> search(@Nullable UUID constituentId, @Nullable Integer year, int page, int size) {
        List<ReceiptView> items = ledger.search(constituentId, year, page, size).stream()
                .map(this::view)
                .toList();
        return new PageResponse<>(items, page, size, ledger.count(constituentId, year));
    }

    /**
     * Counts the download in its own transaction, then renders outside it (rendering writes nothing to the
     * database). The first download is the original; later ones, and any of a cancelled receipt, are marked.
     */
    public ReceiptPdf pdf(UUID id) {
        var printed = ledger.print(id);
        Receipt r = printed.receipt();
        ReceiptTemplate template = template(printed.template());
        var row = r.row();
        List<ReceiptGift> gifts = new ArrayList<>();
        for (LineRow l : r.lines()) {
            gifts.add(new ReceiptGift(
                    l.receivedOn(), l.description(), l.amount(), l.eligibleAmount(), l.benefitsAmount()));
        }
        List<String> address = row.donorAddress() == null
                ? List.of()
                : Arrays.asList(row.donorAddress().split("\n"));
        ReceiptDocument document = new ReceiptDocument(
                template,
                row.serialNumber(),
                row.issuedOn(),
                row.receiptYear(),
                new ReceiptDonor(row.donorName(), address),
                gifts,
                row.totalAmount(),
                row.eligibleAmount(),
                row.currency(),
                row.printCount() > 0,
                row.status() != ReceiptStatus.ISSUED,
                row.replacesSerial());
        byte[] bytes = renderer.render(document, Locale.US);
        return new ReceiptPdf("receipt-" + row.serialNumber() + ".pdf", bytes);
    }

    @Transactional(readOnly = true)
    public ReceiptTemplateView template() {
        return templateView(templates.findOrDefaults());
    }

    /** Replaces the template if nobody saved it since {@code version} (0: never saved); audited. */
    @Transactional
    public ReceiptTemplateView saveTemplate(SaveReceiptTemplateCommand c) {
        if (c.organizationName() == null || c.organizationName().isBlank()) {
            throw DonationProblems.invalidReceiptTemplate("organizationName is required.");
        }
        if (c.signatoryName() == null || c.signatoryName().isBlank()) {
            throw DonationProblems.invalidReceiptTemplate("signatoryName is required.");
        }
        byte[] logo = null;
        if (c.logoPngBase64() != null && !c.logoPngBase64().isBlank()) {
            try {
                logo = Base64.getDecoder().decode(c.logoPngBase64().trim());
            } catch (IllegalArgumentException e) {
                throw DonationProblems.invalidReceiptTemplate("logoPngBase64 is not base64.");
            }
        }
        TemplateRow was = templates.find(true).orElse(null);
        TemplateRow before = was == null ? ReceiptTemplateStore.defaults() : was;
        TemplateRow next = new TemplateRow(
                c.organizationName().trim(),
                c.addressLines() == null ? null : String.join("\n", c.addressLines()),
                blank(c.charityRegistrationNumber()),
                blank(c.title()),
                c.signatoryName().trim(),
                blank(c.signatoryTitle()),
                blank(c.signatureText()),
                blank(c.legalWording()),
                blank(c.footer()),
                logo,
                c.version() + 1,
                null,
                null);
        if (!templates.save(next, c.version(), timestamps.now(), actor.name())) {
            throw new StaleVersionException("receipt template", "receipt-template");
        }
        audit.record(
                TEMPLATE_ENTITY,
                "1",
                was == null ? AuditTrail.CREATED : AuditTrail.UPDATED,
                Changes.track()
                        .field("organizationName", before.organizationName(), next.organizationName())
                        .field("addressLines", before.addressLines(), next.addressLines())
                        .field(
                                "charityRegistrationNumber",
                                before.charityRegistrationNumber(),
                                next.charityRegistrationNumber())
                        .field("title", before.title(), next.title())
                        .field("signatoryName", before.signatoryName(), next.signatoryName())
                        .field("signatoryTitle", before.signatoryTitle(), next.signatoryTitle())
                        .field("signatureText", before.signatureText(), next.signatureText())
                        .field("legalWording", before.legalWording(), next.legalWording())
                        .field("footer", before.footer(), next.footer())
                        .field("logo", before.logoPng() != null, next.logoPng() != null)
                        .list());
        return templateView(templates.find(false).orElseThrow());
    }

    private static ReceiptTemplate template(TemplateRow t) {
        return new ReceiptTemplate(
                t.organizationName(),
                lines(t.addressLines()),
                t.charityRegistrationNumber(),
                t.title(),
                t.signatoryName(),
                t.signatoryTitle(),
                t.signatureText(),
                t.legalWording(),
                t.footer(),
                t.logoPng());
    }

    private static ReceiptTemplateView templateView(TemplateRow t) {
        return new ReceiptTemplateView(
                t.organizationName(),
                lines(t.addressLines()),
                t.charityRegistrationNumber(),
                t.title(),
                t.signatoryName(),
                t.signatoryTitle(),
                t.signatureText(),
                t.legalWording(),
                t.footer(),
                t.logoPng() == null ? null : Base64.getEncoder().encodeToString(t.logoPng()),
                t.version(),
                t.updatedAt(),
                t.updatedBy());
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private ReceiptView view(Receipt r) {
        var changes = ledger.changesSinceIssue(r).stream()
                .map(c -> new ReceiptView.GiftChange(
                        c.giftId(),
                        c.status(),
                        AmountRules.text(c.printedEligible()),
                        AmountRules.text(c.currentEligible())))
                .toList();
        return view(r, changes);
    }

    static ReceiptView view(Receipt r, List<ReceiptView.GiftChange> changes) {
        var row = r.row();
        return new ReceiptView(
                row.id(),
                row.serialNumber(),
                row.receiptYear(),
                row.sequenceNumber(),
                row.kind(),
                row.status(),
                row.constituentId(),
                row.donorName(),
                row.issuedOn(),
                row.currency(),
                AmountRules.text(row.totalAmount()),
                AmountRules.text(row.benefitsAmount()),
                AmountRules.text(row.eligibleAmount()),
                row.replacesReceiptId(),
                row.replacesSerial(),
                row.replacedByReceiptId(),
                row.voidReason(),
                row.voidedAt(),
                row.voidedBy(),
                row.printCount(),
                r.lines().stream()
                        .map(l -> new ReceiptView.Line(
                                l.giftId(),
                                l.receivedOn(),
                                l.description(),
                                AmountRules.text(l.amount()),
                                AmountRules.text(l.benefitsAmount()),
                                AmountRules.text(l.eligibleAmount())))
                        .toList(),
                changes,
                !changes.isEmpty(),
                row.createdAt(),
                row.createdBy());
    }
}
