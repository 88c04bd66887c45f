package org.kclint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server on raw JSON-RPC bytes, as a broken or vanishing client sends them: it answers what it
 * can and exits cleanly when the connection ends, never hanging.
 */
@Timeout(60)
class ServerRobustnessTest {
  /** The server on a pair of pipes, spoken to in bytes. */
  private static final class Wire implements AutoCloseable {
    final OutputStream toServer;
    final InputStream fromServer;
    final CompletableFuture<Integer> exit;

    Wire() throws IOException {
      PipedInputStream serverIn = new PipedInputStream(1 << 16);
      toServer = new PipedOutputStream(serverIn);
      PipedInputStream in = new PipedInputStream(1 << 16);
      PipedOutputStream serverOut = new PipedOutputStream(in);
      fromServer = in;
      exit = CompletableFuture.supplyAsync(() -> ServerMain.serve(serverIn, serverOut));
    }

    void send(String json) throws IOException {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      toServer.write(
          ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      toServer.write(body);
      toServer.flush();
    }

    void sendRaw(String bytes) throws IOException {
      toServer.write(bytes.getBytes(StandardCharsets.UTF_8));
      toServer.flush();
    }

    /** The next message's body. */
    String receive() throws IOException {
      int length = -1;
      while (true) {
        String header = headerLine();
        if (header.isEmpty()) {
          break;
        }
        if (header.toLowerCase().startsWith("content-length:")) {
          length = Integer.parseInt(header.substring(15).trim());
        }
      }
      byte[] body = fromServer.readNBytes(length);
      return new String(body, StandardCharsets.UTF_8);
    }

    private String headerLine() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int c;
      while ((c = fromServer.read()) != '\n') {
        if (c < 0) {
          throw new IOException("connection closed");
        }
        if (c != '\r') {
          line.write(c);
        }
      }
      return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
      toServer.close();
    }
  }

  private static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}";

  /** What the server logs, as its standard error shows it. */
  private static final class Logged extends Handler {
    final List<String> lines = new CopyOnWriteArrayList<>();
    private final LogLine format = new LogLine();

    @Override
    public void publish(LogRecord r) {
      lines.add(format.format(r));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void malformedMessagesLeaveTheServerAnsweringAndAreOneReadableLine() throws Exception {
    Logger lsp4j = Logger.getLogger("org.eclipse.lsp4j");
    Logged logged = new Logged();
    lsp4j.addHandler(logged);
    try (Wire w = new Wire()) {
      w.send("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"initialize\",\"params\":");
      String error = w.receive();
      assertTrue(error.contains("\"error\""), error);
      w.send("this is not json at all");
      w.send("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"textDocument/hover\",\"params\":42}");
      String invalid = w.receive();
      assertTrue(invalid.contains("\"id\":8") || invalid.contains("\"id\":\"8\""), invalid);
      w.send(INITIALIZE);
      String answer = w.receive();
      assertTrue(answer.contains("\"capabilities\""), answer);
      assertTrue(answer.contains("\"hoverProvider\":true"), answer);
    } finally {
      lsp4j.removeHandler(logged);
    }
    assertTrue(
        logged.lines.contains(
            "kclint lsp: error: malformed message ignored: Expected BEGIN_OBJECT but was STRING"
                + " at line 1 column 1 path $"
                + System.lineSeparator()),
        logged.lines.toString());
    for (String line : logged.lines) {
      assertTrue(line.matches("kclint lsp: (error|warning|note): [^\\n]+\\R"), line);
      assertFalse(line.matches("(?s).*(Exception|java\\.|\\bat org\\.).*"), line);
    }
  }

  @Test
  void logLinesDropTheClassNamesJavaPutsBeforeAMessage() {
    assertEquals(
        "End of input at line 1 column 12 path $.jsonrpc",
        LogLine.plain(
            "com.google.gson.JsonSyntaxException: java.io.EOFException: End of input at line 1"
                + " column 12 path $.jsonrpc\n\tat com.google.gson.Gson.fromJson(Gson.java:1)"));
  }

  @Test
  void unknownMethodsAreRefusedAndTheServerGoesOn() throws Exception {
    try (Wire w = new Wire()) {
      w.send(INITIALIZE);
      w.receive();
      w.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"kclint/noSuchThing\",\"params\":{}}");
      String refused = w.receive();
      assertTrue(refused.contains("-32601"), refused);
      w.send("{\"jsonrpc\":\"2.0\",\"method\":\"kclint/noSuchNotification\",\"params\":{}}");
      w.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}");
      String shutdown = w.receive();
      assertTrue(shutdown.contains("\"id\":3"), shutdown);
      w.send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
      assertEquals(0, w.exit.get(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void aClientThatDisappearsEndsTheServerWithExitCodeOne() throws Exception {
    Wire w = new Wire();
    w.send(INITIALIZE);
    w.receive();
    w.sendRaw("Content-Length: 100\r\n\r\n{\"jsonrpc\":");
    w.close();
    assertEquals(1, w.exit.get(30, TimeUnit.SECONDS));
  }
}
