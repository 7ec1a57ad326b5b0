package dev.encke.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

  @Test
  void medianOfAnOddCountIsTheMiddleValueAndTheRangeIsLowestToHighest() {
    Spread spread = Spread.of(List.of(120.0, 100.0, 90.0)).orElseThrow();

    assertThat(spread.median()).isEqualTo(100.0);
    assertThat(spread.min()).isEqualTo(90.0);
    assertThat(spread.max()).isEqualTo(120.0);
    assertThat(spread.count()).isEqualTo(3);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertThat(Spread.of(List.of(4.0, 1.0, 3.0, 2.0)).orElseThrow().median()).isEqualTo(2.5);
  }

  @Test
  void aRangeWithinFifteenPercentOfTheMedianIsStableAndOneBeyondIsNot() {
    assertThat(Spread.of(List.of(86.0, 100.0, 115.0)).orElseThrow().stable()).isTrue();
    assertThat(Spread.of(List.of(84.0, 100.0, 101.0)).orElseThrow().stable()).isFalse();
    assertThat(Spread.of(List.of(100.0, 100.0, 116.0)).orElseThrow().stable()).isFalse();
    assertThat(Spread.of(List.of(0.0, 0.0, 0.0)).orElseThrow().stable()).isTrue();
    assertThat(Spread.of(List.of(0.0, 0.0, 1.0)).orElseThrow().stable()).isFalse();
  }

  @Test
  void describesTheMedianWithItsRangeOrAloneWhenThereIsNoRange() {
    assertThat(Spread.of(List.of(3.0, 1.0, 2.0)).orElseThrow().describe(Format::fixed))
        .isEqualTo("2.00 (1.00–3.00)");
    assertThat(Spread.of(List.of(2.0)).orElseThrow().describe(Format::fixed)).isEqualTo("2.00");
  }

  @Test
  void noValuesHaveNoSpread() {
    assertThat(Spread.of(List.of())).isEmpty();
  }
}
