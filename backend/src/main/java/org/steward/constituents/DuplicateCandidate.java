package org.steward.constituents;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An existing active constituent that a person about to be created probably is: {@code reasons} are the codes of
 * the duplicate rules that matched (e.g. {@code same-email}), most reasons first.
 */
@Serdeable
public record DuplicateCandidate(ConstituentRef constituent, List<String> reasons) {}
