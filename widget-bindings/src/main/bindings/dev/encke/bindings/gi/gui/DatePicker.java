package dev.encke.bindings.gi.gui;

import dev.encke.binding.Fluent;
import dev.encke.binding.JsClass;
import java.util.concurrent.CompletableFuture;

@JsClass("jsx3.gui.DatePicker")
public interface DatePicker {

  /**
   * Sets the date from text the field's format reads, such as {@code 2026-01-02} for {@code
   * yyyy-MM-dd}.
   *
   * @param date the date as text
   */
  @Fluent
  DatePicker setValue(String date);

  /**
   * Sets the date from milliseconds since 1970 (UTC), as {@code Instant.toEpochMilli()} gives.
   *
   * @param epochMillis the date
   */
  @Fluent
  DatePicker setValue(long epochMillis);

  CompletableFuture<Integer> getFirstDayOfWeek();

  void setFirstDayOfWeek(int day);
}
