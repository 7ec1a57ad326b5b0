package dev.encke.codegen.pass;

import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.TypeDef;
import java.util.List;

/**
 * Where a type expression occurs, for messages and for naming types lifted out of it.
 *
 * @param owner the type declaring it
 * @param kind what the expression is the type of
 * @param function the function whose parameter or result it is; empty for other kinds
 * @param name the parameter, property or field it is the type of; empty for other kinds
 * @param nestedName the simple name a record or callback written inline here gets: {@code
 *     ShakeOptions} for the parameter {@code options} of {@code shake}
 * @param templates the template names in scope
 * @param location where it was declared
 */
record Site(TypeDef owner, Kind kind, String function, String name, String nestedName,
    List<String> templates, Location location) {

  /** What a type expression is the type of. */
  enum Kind {
    PARAMETER,
    RESULT,
    PROPERTY,
    FIELD,
    ENUM_VALUES,
    ALIAS,
    EXTENDS,
    IMPLEMENTS,
    MIXES
  }

  Site {
    templates = List.copyOf(templates);
  }

  /** What the site is, for messages: {@code parameter "w" of hide}. */
  String what() {
    return switch (kind) {
      case PARAMETER -> "parameter \"" + name + "\" of " + function;
      case RESULT -> "return type of " + function;
      case PROPERTY -> "property \"" + name + "\" of " + owner.name();
      case FIELD -> "field \"" + name + "\" of " + owner.name();
      case ENUM_VALUES -> "values of " + owner.name();
      case ALIAS -> "@typedef " + owner.name();
      case EXTENDS -> "@extends of " + owner.name();
      case IMPLEMENTS -> "@implements of " + owner.name();
      case MIXES -> "@mixes of " + owner.name();
    };
  }

  /** What the site is, for Javadoc: {@code parameter {@code w} of {@code hide}}. */
  String described() {
    return switch (kind) {
      case PARAMETER -> "parameter " + code(name) + " of " + code(function);
      case RESULT -> "return type of " + code(function);
      case PROPERTY -> "property " + code(name) + " of " + code(owner.name());
      case FIELD -> "field " + code(name) + " of " + code(owner.name());
      default -> what();
    };
  }

  private static String code(String text) {
    return "{@code " + text + "}";
  }
}
