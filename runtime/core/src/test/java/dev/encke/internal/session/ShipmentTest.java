package dev.encke.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.DataFilter;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.spi.ShippedBatch;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShipmentTest {

  private static final byte[] OPS =
      "[{\"op\":\"call\",\"args\":[\"line\\nbreak\"]}]".getBytes(StandardCharsets.UTF_8);

  @Test
  void aShippedBatchReadsBackWithItsSelectionAndTheSameOperationBytes() {
    Selection selection = Selection.page("/share.html")
        .filtered(DataFilter.attributeEquals("symbol", "ACME"));
    EncodedBatch batch = EncodedBatch.received(OPS, 1, false);

    Shipment.Received back =
        (Shipment.Received) Shipment.read(Shipment.ship("node-1", selection, batch));

    assertThat(back.selection()).isEqualTo(selection);
    assertThat(back.batch().operations()).isEqualTo(OPS);
    assertThat(back.batch().commandCount()).isEqualTo(1);
    assertThat(back.batch().callbacks()).isEmpty();
  }

  @Test
  void bytesThatAreNoShippedBatchAreRefusedQuotingThem() {
    ShippedBatch junk = ShippedBatch.of("node-2", "garbage".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> Shipment.read(junk)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("node-2").hasMessageContaining("\"garbage\"");
  }

  @Test
  void aLambdaFilterCannotBeShipped() {
    Selection selection = Selection.allSessions().filtered(session -> true);

    assertThatThrownBy(() -> Shipment.ship("n", selection, EncodedBatch.received(OPS, 1, false)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lambda filter");
  }
}
