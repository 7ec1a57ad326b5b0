package dev.encke.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import dev.encke.codegen.model.Doc;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns definition text into Javadoc that reads well and passes doclint: code spans ({@code
 * `x`}, {@code <code>x</code>}, {@code {@link x}}) become {@code {@code x}}, other markup is
 * escaped so it shows as written, and paragraphs get {@code <p>}.
 */
final class Javadoc {

  private static final Pattern CODE =
      Pattern.compile("`([^`]+)`|<code>(.*?)</code>|\\{@(?:code|link|linkplain) ([^{}]+)}");

  /** Javadoc lines are wrapped to this many characters, so source lines stay under 100. */
  static final int WIDTH = 90;

  private Javadoc() {}

  /**
   * {@code javadoc} with lines longer than {@link #WIDTH} wrapped at spaces; the continuation
   * lines of a block tag are indented by four spaces.
   */
  static CodeBlock wrapped(CodeBlock javadoc) {
    StringBuilder wrapped = new StringBuilder();
    for (String line : javadoc.toString().split("\n", -1)) {
      String indent = line.startsWith("@") ? "    " : "";
      String rest = line;
      while (rest.length() > WIDTH && rest.lastIndexOf(' ', WIDTH) > indent.length()) {
        int space = rest.lastIndexOf(' ', WIDTH);
        wrapped.append(rest, 0, space).append('\n');
        rest = indent + rest.substring(space + 1);
      }
      wrapped.append(rest).append('\n');
    }
    String text = wrapped.substring(0, wrapped.length() - 1);
    return text.isEmpty() ? CodeBlock.of("") : CodeBlock.of("$L", text);
  }

  /** {@code text} as Javadoc, its paragraphs separated by a blank line and {@code <p>}. */
  static String text(String text) {
    StringBuilder result = new StringBuilder();
    Matcher code = CODE.matcher(text);
    int last = 0;
    while (code.find()) {
      result.append(escape(text.substring(last, code.start())));
      String span = code.group(1) != null ? code.group(1)
          : code.group(2) != null ? code.group(2) : code.group(3).strip();
      result.append(balanced(span) ? "{@code " + span + "}" : escape(span));
      last = code.end();
    }
    result.append(escape(text.substring(last)));
    return result.toString().replace("\n\n", "\n\n<p>");
  }

  /**
   * A one-sentence description as a phrase for a block tag, as Javadoc writes them: "Seconds
   * until it closes." becomes "seconds until it closes". Longer text stays as it is.
   */
  static String phrase(String description) {
    String text = description.strip();
    int period = text.indexOf(". ");
    if (period >= 0 || text.length() < 2 || !Character.isLowerCase(text.charAt(1))) {
      return text;
    }
    String phrase = Character.toLowerCase(text.charAt(0)) + text.substring(1);
    return phrase.endsWith(".") ? phrase.substring(0, phrase.length() - 1) : phrase;
  }

  private static final Pattern ADDRESS = Pattern.compile("(https?://\\S+)\\s*(.*)");
  private static final Pattern LINK = Pattern.compile("\\{@link\\s+([^}\\s]+)\\s*}");

  /** The reference of a {@code @see}: a link, a Java name, or the text quoted. */
  private static String see(String text, JavaTypes types) {
    Matcher address = ADDRESS.matcher(text);
    if (address.matches()) {
      String url = address.group(1).replace("&", "&amp;").replace("\"", "%22").replace("<", "%3C")
          .replace(">", "%3E");
      String label = address.group(2).isEmpty() ? url : text(address.group(2));
      return "<a href=\"" + url + "\">" + label + "</a>";
    }
    Matcher link = LINK.matcher(text);
    String name = link.matches() ? link.group(1) : text.strip();
    if (types != null && !name.contains(" ")) {
      var reference = types.javadocReference(name.replace("#", ".prototype."));
      if (reference.isPresent()) {
        return reference.get();
      }
    }
    return "\"" + text(text).replace("\"", "&quot;") + "\"";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("*/", "*&#47;");
  }

  private static boolean balanced(String span) {
    int depth = 0;
    for (char c : span.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0 && !span.contains("*/");
  }

  /** The description, with a trailing newline; empty when there is none. */
  static CodeBlock description(Doc doc) {
    return doc.description().isEmpty()
        ? CodeBlock.of("")
        : CodeBlock.of("$L\n", text(doc.description()));
  }

  /**
   * {@code @see}, {@code @since} and {@code @deprecated}, each on its own line: the block tags
   * Javadoc shares with JSDoc. Others are shown as paragraphs by {@link #otherTags}. A {@code
   * @see} of an address links to it, one of a generated type or member refers to its Java name,
   * and anything else is quoted.
   */
  static CodeBlock tags(Doc doc, JavaTypes types) {
    CodeBlock.Builder tags = CodeBlock.builder();
    for (Doc.Tag tag : doc.tags()) {
      if (tag.name().equals("see") && !tag.text().isEmpty()) {
        tags.add("@see $L\n", see(tag.text(), types));
      }
    }
    for (Doc.Tag tag : doc.tags()) {
      if (tag.name().equals("since")) {
        tags.add("@$L $L\n", tag.name(), text(tag.text()));
      }
    }
    if (doc.deprecated()) {
      tags.add("@deprecated $L\n", doc.deprecation().isEmpty()
          ? "deprecated in the JavaScript API" : text(doc.deprecation()));
    }
    return tags.build();
  }

  /**
   * The kept tags Javadoc has no matching tag for, as paragraphs that show them as written: a
   * JSDoc {@code @see} names a JavaScript symbol, which a Javadoc {@code @see} could not find.
   */
  static CodeBlock otherTags(Doc doc) {
    CodeBlock.Builder paragraphs = CodeBlock.builder();
    for (Doc.Tag tag : doc.tags()) {
      if (!tag.name().equals("since") && !(tag.name().equals("see") && !tag.text().isEmpty())) {
        paragraphs.add("\n<p>{@literal @}$L $L\n", tag.name(), text(tag.text()));
      }
    }
    return paragraphs.build();
  }
}
