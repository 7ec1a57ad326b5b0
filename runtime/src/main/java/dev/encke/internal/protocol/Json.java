package dev.encke.internal.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one Jackson configuration of the wire protocol. */
public final class Json {

  /** Thread-safe once configured, as Jackson documents. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  static final JsonFactory FACTORY = MAPPER.getFactory();

  private Json() {}
}
