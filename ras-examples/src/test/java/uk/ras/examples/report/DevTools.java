package uk.ras.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A headless Chromium driven over the DevTools protocol: the JDK's WebSocket client and Jackson (already
 * here), so no browser-driver dependency. One browser for the test JVM, started on first use and stopped
 * when the JVM exits; each check opens its own tab ({@link #open}).
 */
final class DevTools implements WebSocket.Listener {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static DevTools running;

  private final Process process;
  private WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
  private final StringBuilder partial = new StringBuilder();

  private DevTools(Process process) {
    this.process = process;
  }

  /** The browser, started on first use. */
  static synchronized DevTools browser(Path chromium) throws IOException, InterruptedException {
    if (running != null && running.process.isAlive()) {
      return running;
    }
    Path profile = Files.createTempDirectory("ras-chromium");
    Path log = profile.resolve("chromium.log");
    Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--mute-audio", "--hide-scrollbars", "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    DevTools tools = new DevTools(process);
    Runtime.getRuntime().addShutdownHook(new Thread(tools::stop));
    Path port = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!Files.exists(port) || Files.readAllLines(port).size() < 2) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        tools.stop();
        throw new IOException("chromium did not start: " + Files.readString(log));
      }
      Thread.sleep(50);
    }
    List<String> lines = Files.readAllLines(port);
    try {
      tools.socket = HttpClient.newHttpClient().newWebSocketBuilder()
          .buildAsync(URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim()), tools)
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      tools.stop();
      throw new IOException("cannot connect to chromium's DevTools", e);
    }
    running = tools;
    return tools;
  }

  private void stop() {
    // Only the browser this class started, and the processes it started.
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
  }

  /** One tab, attached with its own session: commands go to it and its events reach its listeners. */
  final class Tab implements AutoCloseable {
    private final String target;
    private final String session;
    private final List<Consumer<JsonNode>> mine = new ArrayList<>();

    private Tab(String target, String session) {
      this.target = target;
      this.session = session;
    }

    JsonNode send(String method, Object... params) throws IOException {
      return DevTools.this.send(session, method, params);
    }

    /** Calls back with each of this tab's events. */
    void onEvent(Consumer<JsonNode> listener) {
      Consumer<JsonNode> filtered = m -> {
        if (session.equals(m.path("sessionId").asText())) {
          listener.accept(m);
        }
      };
      mine.add(filtered);
      listeners.add(filtered);
    }

    @Override
    public void close() throws IOException {
      listeners.removeAll(mine);
      DevTools.this.send(null, "Target.closeTarget", "targetId", target);
    }
  }

  Tab open() throws IOException {
    String target = send(null, "Target.createTarget", "url", "about:blank").path("targetId").asText();
    String session = send(null, "Target.attachToTarget", "targetId", target, "flatten", true).path("sessionId").asText();
    return new Tab(target, session);
  }

  /** Sends a command ({@code params} as name, value, name, value...) and waits for its result. */
  JsonNode send(String session, String method, Object... params) throws IOException {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    ObjectNode p = message.putObject("params");
    for (int i = 0; i < params.length; i += 2) {
      p.set((String) params[i], JSON.valueToTree(params[i + 1]));
    }
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    try {
      socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (answer.has("error")) {
        throw new IOException(method + ": " + answer.get("error"));
      }
      return answer.path("result");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(method + " interrupted", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException(method + ": no answer from chromium in " + TIMEOUT.toSeconds() + " s", e);
    } finally {
      pending.remove(id);
    }
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      String text = partial.toString();
      partial.setLength(0);
      try {
        JsonNode m = JSON.readTree(text);
        if (m.has("id")) {
          CompletableFuture<JsonNode> reply = pending.get(m.get("id").asInt());
          if (reply != null) {
            reply.complete(m);
          }
        } else {
          for (Consumer<JsonNode> l : new ArrayList<>(listeners)) {
            l.accept(m);
          }
        }
      } catch (IOException e) {
        pending.values().forEach(f -> f.completeExceptionally(e));
      }
    }
    webSocket.request(1);
    return null;
  }
}
