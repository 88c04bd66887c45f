package org.kclint.board.parse;

import java.util.ArrayList;
import java.util.List;
import org.kclint.board.DeviceTree;
import org.kclint.board.DtNode;
import org.kclint.board.DtProperty;

/**
 * A device tree as lines a test can state: one line per node (path, labels in parentheses) and one
 * per property ({@code path name = value}), values in dtc's notation: strings when the bytes are
 * NUL-terminated printable strings, {@code <cells>} when a multiple of 4 bytes, else {@code
 * [bytes]}.
 */
final class TreeDump {
  private TreeDump() {}

  static List<String> of(DeviceTree tree) {
    List<String> out = new ArrayList<>();
    for (DeviceTree.MemReserve r : tree.memoryReservations()) {
      out.add(String.format("/memreserve/ 0x%x 0x%x", r.address(), r.size()));
    }
    node(tree.root(), "/", out);
    return out;
  }

  private static void node(DtNode node, String path, List<String> out) {
    out.add(path + (node.labels().isEmpty() ? "" : " (" + String.join(",", node.labels()) + ")"));
    for (DtProperty p : node.properties()) {
      out.add(path + " " + p.name() + (p.length() == 0 ? "" : " = " + value(p.bytes())));
    }
    for (DtNode c : node.children()) {
      node(c, (path.equals("/") ? "" : path) + "/" + c.name(), out);
    }
  }

  private static String value(byte[] b) {
    if (isStrings(b)) {
      List<String> parts = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < b.length; i++) {
        if (b[i] == 0) {
          parts.add(
              "\""
                  + new String(b, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1)
                  + "\"");
          start = i + 1;
        }
      }
      return String.join(", ", parts);
    }
    StringBuilder sb = new StringBuilder();
    if (b.length % 4 == 0) {
      sb.append('<');
      for (int i = 0; i < b.length; i += 4) {
        long v =
            ((b[i] & 0xffL) << 24)
                | ((b[i + 1] & 0xffL) << 16)
                | ((b[i + 2] & 0xffL) << 8)
                | (b[i + 3] & 0xffL);
        sb.append(i > 0 ? " " : "").append("0x").append(Long.toHexString(v));
      }
      return sb.append('>').toString();
    }
    sb.append('[');
    for (int i = 0; i < b.length; i++) {
      sb.append(i > 0 ? " " : "").append(String.format("%02x", b[i] & 0xff));
    }
    return sb.append(']').toString();
  }

  private static boolean isStrings(byte[] b) {
    if (b.length == 0 || b[b.length - 1] != 0 || b[0] == 0) {
      return false;
    }
    for (int i = 0; i < b.length; i++) {
      int c = b[i] & 0xff;
      if (c == 0 ? (i > 0 && b[i - 1] == 0) : (c < 0x20 || c > 0x7e)) {
        return false;
      }
    }
    return true;
  }
}
