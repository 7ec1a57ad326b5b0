package dev.encke.codegen.pass;

import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.TypeDef;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a type expression occurs, for messages and for naming types lifted out of it.
 *
 * @param owner the type declaring it
 * @param what what it is the type of, for messages: {@code parameter "w" of hide}
 * @param nestedName the simple name a record or callback written inline here gets: {@code
 *     ShakeOptions} for the parameter {@code options} of {@code shake}
 * @param templates the template names in scope
 * @param location where it was declared
 */
record Site(
    TypeDef owner, String what, String nestedName, List<String> templates, Location location) {

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern TRAILING_OWNER = Pattern.compile(" of ([^ {]+)$");

  Site {
    templates = List.copyOf(templates);
  }

  /** {@link #what} for Javadoc: {@code parameter {@code w} of {@code hide}}. */
  String described() {
    String quoted = QUOTED.matcher(what).replaceAll("{@code $1}");
    return TRAILING_OWNER.matcher(quoted).replaceAll(" of {@code $1}");
  }
}
