package dev.encke.bindings.gi;

import dev.encke.bindings.gi.app.Model;
import dev.encke.js.JsObject;
import dev.encke.js.JsRef;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.List;
import java.util.Map;

/**
 * Receivers and arguments for calling proxy methods only to see what they record: proxies of a
 * placeholder reference, zeros, empty text and collections, and callbacks that do nothing.
 */
final class StandIns {

  private static final JsRef PLACEHOLDER = JsRef.global("standIn");

  /** A proxy of {@code type} on the placeholder; a GI interface gets a dynamic proxy. */
  Object proxy(Class<?> type) throws ReflectiveOperationException {
    if (!type.isInterface()) {
      return type.getConstructor(JsRef.class).newInstance(PLACEHOLDER);
    }
    InvocationHandler handler = (self, method, args) -> method.getName().equals("ref")
        ? PLACEHOLDER : InvocationHandler.invokeDefault(self, method, args);
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  Object[] arguments(Method method) throws ReflectiveOperationException {
    Class<?>[] types = method.getParameterTypes();
    Type[] generic = method.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = argument(types[i], generic[i]);
    }
    return args;
  }

  /** Whether a parameter of this type is a server callback (a listener), not GI data. */
  boolean isCallback(Class<?> type) {
    return type.isInterface() && !type.getPackageName().startsWith(GiNames.JAVA_PACKAGE)
        && type != List.class && type != Map.class;
  }

  private Object argument(Class<?> type, Type generic) throws ReflectiveOperationException {
    if (type == int.class || type == Integer.class) {
      return 0;
    } else if (type == long.class) {
      return 0L;
    } else if (type == double.class) {
      return 0.0;
    } else if (type == boolean.class) {
      return false;
    } else if (type == String.class) {
      return "";
    } else if (type == Map.class) {
      return Map.of();
    } else if (type == List.class) {
      return List.of();
    } else if (type == Class.class) {
      return lookedUp(generic);
    } else if (JsObject.class.isAssignableFrom(type) || !isCallback(type)) {
      return proxy(type);
    }
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> switch (method.getName()) {
          // Listeners are told apart by equals and hashCode, as a lambda would answer them.
          case "hashCode" -> System.identityHashCode(self);
          case "equals" -> self == args[0];
          case "toString" -> "stand-in " + type.getSimpleName();
          default -> method.isDefault() ? InvocationHandler.invokeDefault(self, method, args) : null;
        });
  }

  // Class<T> of a lookup: the bound of T.
  private static Class<?> lookedUp(Type generic) {
    if (generic instanceof java.lang.reflect.ParameterizedType parameterized
        && parameterized.getActualTypeArguments()[0] instanceof TypeVariable<?> variable) {
      return (Class<?>) variable.getBounds()[0];
    }
    return Model.class;
  }
}
