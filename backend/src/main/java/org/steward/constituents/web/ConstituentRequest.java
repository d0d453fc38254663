package org.steward.constituents.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.steward.constituents.ConstituentDraft;
import org.steward.constituents.ConstituentType;
import org.steward.constituents.ContactPoints;
import org.steward.shared.text.Trim;

/**
 * Create or replace a constituent. On update, {@code version} is the one read; the lists replace what was there.
 *
 * <p>Names, email addresses, phone numbers and the parts of an address arrive trimmed ({@link Trim}): the compact
 * constructors run when the body is read, before validation, so a pasted {@code "ZOE@example.org "} is checked and
 * stored as {@code "ZOE@example.org"}. A blank optional field becomes null; notes keep their whitespace.
 */
@Serdeable
public record ConstituentRequest(
        @NotNull ConstituentType type,
        @Nullable @Size(max = 40) String prefix,
        @Nullable @Size(max = 100) String firstName,
        @Nullable @Size(max = 100) String middleName,
        @Nullable @Size(max = 100) String lastName,
        @Nullable @Size(max = 40) String suffix,
        @Nullable @Size(max = 100) String preferredName,
        @Nullable LocalDate birthDate,
        @Nullable Boolean deceased,
        @Nullable LocalDate deceasedDate,
        @Nullable @Size(max = 200) String name,
        @Nullable Boolean nameGenerated,
        @Nullable @Size(max = 300) String formalSalutation,
        @Nullable @Size(max = 300) String informalSalutation,
        @Nullable @Size(max = 20) List<@Valid @NotNull EmailRequest> emails,
        @Nullable @Size(max = 20) List<@Valid @NotNull PhoneRequest> phones,
        @Nullable @Size(max = 20) List<@Valid @NotNull AddressRequest> addresses,
        @Nullable @Size(max = 50) List<@NotBlank @Size(max = 60) String> tags,
        @Nullable @Size(max = 100) String source,
        @Nullable @Size(max = 20) List<@Valid @NotNull ExternalIdRequest> externalIds,
        @Nullable @Size(max = 20000) String notes,
        @Nullable Boolean doNotContact,
        @Nullable Boolean doNotSolicit,
        @Nullable Long version) {

    public ConstituentRequest {
        prefix = Trim.orNull(prefix);
        firstName = Trim.orNull(firstName);
        middleName = Trim.orNull(middleName);
        lastName = Trim.orNull(lastName);
        suffix = Trim.orNull(suffix);
        preferredName = Trim.orNull(preferredName);
        name = Trim.orNull(name);
    }

    @Serdeable
    public record EmailRequest(
            @Nullable java.util.UUID id,
            @NotBlank @Email @Size(max = 320) String address,
            @Nullable @Size(max = 20) String type,
            @Nullable Boolean primary) {

        public EmailRequest {
            address = Trim.trimmed(address);
        }
    }

    @Serdeable
    public record PhoneRequest(
            @Nullable java.util.UUID id,
            @NotBlank
                    @Size(max = 40)
                    @Pattern(regexp = "[0-9+()./ x-]+", message = "may contain digits, spaces and + ( ) . / - x only")
                    String number,
            @Nullable @Size(max = 20) String type,
            @Nullable Boolean primary) {

        public PhoneRequest {
            number = Trim.trimmed(number);
        }
    }

    @Serdeable
    public record AddressRequest(
            @Nullable java.util.UUID id,
            @Nullable @Size(max = 20) String type,
            @Nullable @Size(max = 200) String line1,
            @Nullable @Size(max = 200) String line2,
            @Nullable @Size(max = 100) String city,
            @Nullable @Size(max = 100) String region,
            @Nullable @Size(max = 20) String postalCode,
            @Nullable @Size(max = 100) String country, // an ISO 3166 code or an English name (DraftRules)
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable Boolean primary) {

        public AddressRequest {
            line1 = Trim.orNull(line1);
            line2 = Trim.orNull(line2);
            city = Trim.orNull(city);
            region = Trim.orNull(region);
            postalCode = Trim.orNull(postalCode);
            country = Trim.orNull(country);
        }
    }

    @Serdeable
    public record ExternalIdRequest(@NotBlank @Size(max = 60) String source, @NotBlank @Size(max = 120) String id) {}

    ConstituentDraft toDraft() {
        return new ConstituentDraft(
                type,
                prefix,
                firstName,
                middleName,
                lastName,
                suffix,
                preferredName,
                birthDate,
                Boolean.TRUE.equals(deceased),
                deceasedDate,
                name,
                nameGenerated,
                formalSalutation,
                informalSalutation,
                emails == null
                        ? List.of()
                        : emails.stream()
                                .map(e -> new ContactPoints.Email(
                                        e.id(), e.address(), e.type(), Boolean.TRUE.equals(e.primary())))
                                .toList(),
                phones == null
                        ? List.of()
                        : phones.stream()
                                .map(p -> new ContactPoints.Phone(
                                        p.id(), p.number(), p.type(), Boolean.TRUE.equals(p.primary())))
                                .toList(),
                addresses == null
                        ? List.of()
                        : addresses.stream()
                                .map(a -> new ContactPoints.Address(
                                        a.id(),
                                        a.type(),
                                        a.line1(),
                                        a.line2(),
                                        a.city(),
                                        a.region(),
                                        a.postalCode(),
                                        a.country(),
                                        a.validFrom(),
                                        a.validTo(),
                                        Boolean.TRUE.equals(a.primary())))
                                .toList(),
                tags == null ? List.of() : tags,
                source,
                externalIds == null
                        ? List.of()
                        : externalIds.stream()
                                .map(x -> new ContactPoints.ExternalId(x.source(), x.id()))
                                .toList(),
                notes,
                Boolean.TRUE.equals(doNotContact),
                Boolean.TRUE.equals(doNotSolicit));
    }
}
