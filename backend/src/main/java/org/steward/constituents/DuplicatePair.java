package org.steward.constituents;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Two active constituents of the same type that look like the same one: {@code reasons} are the codes of the
 * rules that matched them, {@code score} how many did.
 */
@Serdeable
public record DuplicatePair(ConstituentRef a, ConstituentRef b, List<String> reasons, int score) {}
