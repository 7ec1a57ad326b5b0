package dev.encke.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Manifests are JSON the page parses: every string in them must stay one string. */
class LibraryWriterTest {

  @Test
  void quotesBackslashesAndControlCharactersAreEscaped() {
    assertThat(LibraryWriter.string("/a \"b\"\\c\n\t\u0001\u2028.js"))
        .isEqualTo("\"/a \\\"b\\\"\\\\c\\n\\t\\u0001\\u2028.js\"");
  }

  @Test
  void ordinaryPathsStayAsWritten() {
    assertThat(LibraryWriter.string("/webjars/dojo/1.17.3/dojo.js"))
        .isEqualTo("\"/webjars/dojo/1.17.3/dojo.js\"");
  }
}
