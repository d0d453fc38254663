package org.steward.constituents.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Phone numbers read by libphonenumber (ADR 0027). A number typed as people write it ("(617) 555-0101", "+1 617 555
 * 0101", "617.555.0101") is read against a country (the address's, else the organization's default) into E.164
 * ("+16175550101"); the typed form is kept for display. Its {@link #key} is what duplicate rules, merges and search
 * compare: the E.164 digits (with "x" and the extension, if any), or, for what cannot be read as a whole number
 * (too short, a local number without its area code), the digits as typed.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    /** {@code e164} null when the number cannot be read as a whole number for that country. */
    public record Reading(@Nullable String e164, String key) {}

    public static Reading read(@Nullable String typed, @Nullable String country) {
        String digits = digits(typed);
        PhoneNumber number = parse(typed, country);
        if (number == null) {
            return new Reading(null, digits);
        }
        String e164 = UTIL.format(number, PhoneNumberFormat.E164);
        String key = e164.substring(1) + (number.hasExtension() ? "x" + number.getExtension() : "");
        return new Reading(e164, key);
    }

    /** The stored key of a phone: from its E.164 form when it has one. */
    public static String key(@Nullable String e164, @Nullable String typed) {
        if (e164 == null || e164.isBlank()) {
            return digits(typed);
        }
        PhoneNumber whole = parse(e164, null);
        PhoneNumber number =
                whole == null ? null : parse(typed, UTIL.getRegionCodeForCountryCode(whole.getCountryCode()));
        String extension = number != null && number.hasExtension() ? "x" + number.getExtension() : "";
        return e164.substring(1) + extension;
    }

    /**
     * The key prefixes a search for this text matches: the whole number's key when the text reads as one; else its
     * digits as typed and after the country's calling code ("617 555" finds "+1 617 555 0101" in the US).
     */
    public static List<String> searchPrefixes(String typed, @Nullable String country) {
        Set<String> prefixes = new LinkedHashSet<>();
        PhoneNumber number = parse(typed, country);
        if (number != null) {
            prefixes.add(UTIL.format(number, PhoneNumberFormat.E164).substring(1));
        }
        String digits = digits(typed);
        if (!typed.trim().startsWith("+") && country != null) {
            String region = country.toUpperCase(Locale.ROOT);
            int code = UTIL.getCountryCodeForRegion(region);
            if (code > 0 && !digits.isEmpty()) {
                // the trunk prefix dialled inside the country ("0" in the UK, "1" in the US) is not part of E.164
                String trunk = UTIL.getNddPrefixForRegion(region, true);
                String national = trunk != null && !trunk.isEmpty() && digits.startsWith(trunk)
                        ? digits.substring(trunk.length())
                        : digits;
                prefixes.add(code + national);
            }
        }
        prefixes.add(digits);
        return List.copyOf(prefixes);
    }

    /** The number, when it reads as a whole one (not a local number without its area code). */
    private static @Nullable PhoneNumber parse(@Nullable String typed, @Nullable String country) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            PhoneNumber number = UTIL.parse(typed, country == null ? "ZZ" : country.toUpperCase(Locale.ROOT));
            return UTIL.isPossibleNumberWithReason(number) == ValidationResult.IS_POSSIBLE ? number : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** The calling code of a country (1 for US, 44 for GB), or 0 when libphonenumber knows none. */
    public static int callingCode(String country) {
        return UTIL.getCountryCodeForRegion(country);
    }

    public static String digits(@Nullable String number) {
        return number == null ? "" : number.replaceAll("[^0-9]", "");
    }
}
