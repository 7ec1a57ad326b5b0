package dev.encke.internal.host;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.Encke;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticDirectorySettingsTest {

  @TempDir Path vendor;

  @Test
  void badPrefixesAndMissingFoldersAreRefusedQuotingTheValue() {
    Encke.Builder builder = Encke.builder();

    assertThatThrownBy(() -> builder.staticDirectory("/gi/", vendor))
        .hasMessage("a URL prefix is a path such as /gi, without a trailing slash, outside"
            + " /encke: \"/gi/\"");
    assertThatThrownBy(() -> builder.staticDirectory("/", vendor))
        .hasMessageEndingWith(": \"/\"");
    assertThatThrownBy(() -> builder.staticDirectory("/encke/gi", vendor))
        .hasMessageEndingWith(": \"/encke/gi\"");
    assertThatThrownBy(() -> builder.staticDirectory("/g i", vendor))
        .hasMessageEndingWith(": \"/g i\"");
    Path missing = vendor.resolve("missing");
    assertThatThrownBy(() -> builder.staticDirectory("/gi", missing))
        .hasMessage("not a folder: \"" + missing + "\"");
  }
}
