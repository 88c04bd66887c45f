package org.kclint.model;

/** The shared things a scenario declares by name before its processes use them. */
public enum ResourceKind {
  /** A virtual page: an entry of the page table and of every CPU's TLB. */
  PAGE("pages"),
  /** A physical page a virtual page can map to. */
  FRAME("frames"),
  /** A spin lock. */
  LOCK("locks"),
  /** A cache line of memory shared between the CPUs and DMA devices. */
  LINE("lines"),
  /** A one-shot event one process signals and others wait for (program order across CPUs). */
  FLAG("flags");

  private final String keyword;

  ResourceKind(String keyword) {
    this.keyword = keyword;
  }

  /** The declaration keyword in scenario files. */
  public String keyword() {
    return keyword;
  }

  /** The singular noun, for messages. */
  public String noun() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
