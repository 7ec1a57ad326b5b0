package dev.encke.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encke.DataFilter;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilterNodeTest {

  private SessionHub hub;
  private DefaultScriptSession acme;
  private DefaultScriptSession plain;

  @BeforeEach
  void open() {
    hub = SessionHub.open(SessionSettings.defaults(), "filters");
    acme = hub.hello("/share.html", "browser-1", false).orElseThrow();
    acme.setAttribute("symbol", "ACME");
    acme.setAttribute("lots", 3);
    plain = hub.hello("/news.html", "browser-2", false).orElseThrow();
  }

  @AfterEach
  void close() {
    hub.close();
  }

  @Test
  void partsMatchByPageAndByAttributeTextPresenceAndMembership() {
    assertThat(DataFilter.page("/news.html").matches(plain)).isTrue();
    assertThat(DataFilter.page("/news.html").matches(acme)).isFalse();
    assertThat(DataFilter.attributeEquals("lots", "3").matches(acme)).isTrue();
    assertThat(DataFilter.attributeIn("symbol", Set.of("IBM", "ACME")).matches(acme)).isTrue();
    assertThat(DataFilter.attributeIn("symbol", Set.of("IBM")).matches(acme)).isFalse();
    assertThat(DataFilter.attributePresent("symbol").matches(plain)).isFalse();
  }

  @Test
  void andOrAndNegateCombine() {
    DataFilter share = DataFilter.page("/share.html");
    DataFilter hasSymbol = DataFilter.attributePresent("symbol");

    assertThat(share.and(hasSymbol).matches(acme)).isTrue();
    assertThat(share.and(hasSymbol.negate()).matches(acme)).isFalse();
    assertThat(share.or(DataFilter.page("/news.html")).matches(plain)).isTrue();
    assertThat(hasSymbol.negate().matches(plain)).isTrue();
  }

  @Test
  void aFilterReadsBackFromItsJsonAsTheSameFilter() throws Exception {
    FilterNode filter = (FilterNode) DataFilter.page("/share.html")
        .and(DataFilter.attributeIn("symbol", Set.of("B", "A")).or(
            DataFilter.attributePresent("vip").negate()));

    String json = filter.toJson().toString();
    FilterNode back = FilterNode.fromJson(new ObjectMapper().readTree(json));

    assertThat(back).isEqualTo(filter);
    assertThat(back.matches(acme)).isEqualTo(filter.matches(acme));
    assertThat(json).contains("\"values\":[\"A\",\"B\"]");
  }

  @Test
  void jsonThatIsNoFilterIsRefusedQuotingIt() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThatThrownBy(() -> FilterNode.fromJson(json.readTree("{\"op\":\"XOR\"}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{\"op\":\"XOR\"}");
    assertThatThrownBy(() -> FilterNode.fromJson(json.readTree("{\"op\":\"NOT\",\"of\":[]}")))
        .hasMessageContaining("not a filter");
  }

  @Test
  void anEmptySetOfValuesIsRefused() {
    assertThatThrownBy(() -> DataFilter.attributeIn("symbol", Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"symbol\"");
  }

  @Test
  void andWithAnotherDataFilterStaysData() {
    assertThat(DataFilter.page("/a").and((dev.encke.ScriptSessionFilter) DataFilter.page("/b")))
        .isInstanceOf(DataFilter.class);
  }
}
