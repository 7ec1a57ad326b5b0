package dev.encke.demo;

import dev.encke.Browser;
import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.ScriptSessionListener;
import dev.encke.bindings.dijit.Dijit;
import dev.encke.bindings.dijit.ProgressBar;
import dev.encke.bindings.dijit.form.Button;
import dev.encke.bindings.dwr.ToastKind;
import dev.encke.bindings.dwr.ToastOptions;
import dev.encke.bindings.dwr.Util;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The talk's "fire and forget", {@code /job.html}: a button starts a slow job on the server; the
 * job reports its progress to that page's Dijit progress bar from its own thread, and a toast says
 * when it is done.
 */
final class JobPage implements ScriptSessionListener {

  static final String PATH = "/job.html";
  static final int STEPS = 20;

  private final Supplier<Encke> encke;
  private final ScheduledExecutorService workers;
  private final Duration step;

  JobPage(Supplier<Encke> encke, ScheduledExecutorService workers, Duration step) {
    this.encke = encke;
    this.workers = workers;
    this.step = step;
  }

  @Override
  public void sessionCreated(ScriptSession session) {
    if (PATH.equals(session.page())) {
      encke.get().session(session.id()).run(
          () -> Dijit.byId("start", Button.class).onClick(event -> start()));
    }
  }

  /** Runs in the page's listener: the button is disabled and the job starts in the background. */
  private void start() {
    ScriptSession page = Browser.currentSession().orElseThrow();
    Dijit.byId("start", Button.class).setDisabled(true);
    Util.setValue("status", "Working…");
    workers.schedule(() -> work(page, 1), step.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One step of the job, on a worker thread: no thread-local, so it targets the page by id. */
  private void work(ScriptSession page, int done) {
    if (page.isEnded()) {
      return;
    }
    double percent = 100.0 * done / STEPS;
    encke.get().session(page.id()).run(() -> {
      Dijit.byId("progress", ProgressBar.class).setValue(percent);
      if (done == STEPS) {
        Util.setValue("status", "Done");
        Util.toast("Your report is ready", new ToastOptions().withKind(ToastKind.SUCCESS));
        Dijit.byId("start", Button.class).setDisabled(false);
      }
    });
    if (done < STEPS) {
      workers.schedule(() -> work(page, done + 1), step.toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
