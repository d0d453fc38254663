package org.steward.constituents.internal;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.steward.constituents.ConstituentId;

/** Writes a {@link ConstituentId} as its UUID string and reads it back. */
@Singleton
public class ConstituentIdSerde implements Serde<ConstituentId> {

    @Override
    public void serialize(
            Encoder encoder, EncoderContext context, Argument<? extends ConstituentId> type, ConstituentId value)
            throws IOException {
        encoder.encodeString(value.toString());
    }

    @Override
    public ConstituentId deserialize(Decoder decoder, DecoderContext context, Argument<? super ConstituentId> type)
            throws IOException {
        return ConstituentId.of(decoder.decodeString());
    }
}
