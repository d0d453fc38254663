package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.steward.constituents.internal.Names;
import org.steward.constituents.internal.PhoneNumbers;

/**
 * The countries an address can be in: the ISO 3166-1 alpha-2 codes the JDK knows, with their English names (from
 * the JDK's locale data) and calling codes (from libphonenumber). Addresses store the code; the page offers the names.
 */
public final class Countries {

    @Serdeable
    public record Country(String code, String name, @Nullable Integer callingCode) {}

    private static final List<Country> ALL;
    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        ALL = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
                .map(code -> {
                    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
                    int calling = PhoneNumbers.callingCode(code);
                    return new Country(code, name, calling > 0 ? calling : null);
                })
                .sorted(Comparator.comparing(c -> Names.key(c.name())))
                .toList();
        for (Country c : ALL) {
            BY_KEY.put(c.code().toLowerCase(Locale.ROOT), c.code());
            BY_KEY.putIfAbsent(Names.key(c.name()), c.code());
        }
        // the names people write most often that differ from the JDK's
        Map.of(
                        "usa", "US",
                        "united states of america", "US",
                        "uk", "GB",
                        "great britain", "GB",
                        "england", "GB",
                        "scotland", "GB",
                        "wales", "GB")
                .forEach(BY_KEY::putIfAbsent);
    }

    private Countries() {}

    /** Every country, by name. */
    public static List<Country> all() {
        return ALL;
    }

    /** The code of a country given by its code ("nz", "NZ") or English name ("New Zealand"). */
    public static Optional<String> code(@Nullable String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(Names.key(codeOrName.trim())));
    }
}
