package org.kclint.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The operations of the process language. Each names the kind of its operand (and of the target
 * after {@code ->} for {@code map}, {@code tlb_insert} and {@code access}); {@link Actor} says who
 * may run it.
 */
public enum OpKind {
  IRQ_DISABLE("irq_disable", Actor.CPU, null, null),
  IRQ_ENABLE("irq_enable", Actor.CPU, null, null),
  LOCK("lock", Actor.CPU, ResourceKind.LOCK, null),
  UNLOCK("unlock", Actor.CPU, ResourceKind.LOCK, null),
  MAP("map", Actor.CPU, ResourceKind.PAGE, ResourceKind.FRAME),
  UNMAP("unmap", Actor.CPU, ResourceKind.PAGE, null),
  FREE("free", Actor.CPU, ResourceKind.FRAME, null),
  /** A page-table walk that caches the current translation (a speculative or real access). */
  TLB_FILL("tlb_fill", Actor.CPU, ResourceKind.PAGE, null),
  /**
   * A page-table walk that read {@code FRAME} earlier completes now and caches PAGE -> FRAME,
   * whatever the page table says by then.
   */
  TLB_INSERT("tlb_insert", Actor.CPU, ResourceKind.PAGE, ResourceKind.FRAME),
  /**
   * A load or store through the TLB: stale if the TLB disagrees with a freed or remapped page. With
   * {@code -> FRAME} the access must reach that frame: a fault or another frame is an assertion
   * violation.
   */
  ACCESS("access", Actor.CPU, ResourceKind.PAGE, ResourceKind.FRAME, true),
  TLB_FLUSH_LOCAL("tlb_flush_local", Actor.CPU, ResourceKind.PAGE, null),
  /** Invalidation broadcast by the hardware to every CPU (ID_MMFR3.MaintBcst = 2). */
  TLB_FLUSH_HW("tlb_flush_hw", Actor.CPU, ResourceKind.PAGE, null),
  /** The broadcast of an erratum-affected core: other CPUs may go on using the old entry. */
  TLB_FLUSH_HW_PARTIAL("tlb_flush_hw_partial", Actor.CPU, ResourceKind.PAGE, null),
  /** Software broadcast: IPI every other CPU to invalidate, invalidate locally, wait for acks. */
  TLB_FLUSH_IPI("tlb_flush_ipi", Actor.CPU, ResourceKind.PAGE, null),
  LOAD("load", Actor.CPU, ResourceKind.LINE, null),
  STORE("store", Actor.CPU, ResourceKind.LINE, null),
  /** Read and write back for ownership (DMA_CACHE_RWFO): the line moves to this CPU's cache. */
  OWN("own", Actor.CPU, ResourceKind.LINE, null),
  CLEAN("clean", Actor.CPU, ResourceKind.LINE, null),
  CLEAN_BCAST("clean_bcast", Actor.CPU, ResourceKind.LINE, null),
  INV("inv", Actor.CPU, ResourceKind.LINE, null),
  INV_BCAST("inv_bcast", Actor.CPU, ResourceKind.LINE, null),
  /**
   * The CPU's L1 writes its copy back into the outer (L2) cache, dirty there, and drops it: an
   * eviction, or an L1 clean and invalidate by set/way completing.
   */
  WRITEBACK("writeback", Actor.CPU, ResourceKind.LINE, null),
  /** Clean in the outer (L2) cache (by PA or way): a dirty copy goes to memory, the line stays. */
  OUTER_CLEAN("outer_clean", Actor.CPU, ResourceKind.LINE, null),
  /** Invalidate in the outer (L2) cache: the line leaves it, dirty or not. */
  OUTER_INV("outer_inv", Actor.CPU, ResourceKind.LINE, null),
  /** Clean and Invalidate in the outer (L2) cache (by PA, way or set/way) as one operation. */
  OUTER_FLUSH("outer_flush", Actor.CPU, ResourceKind.LINE, null),
  /** The PL310 debug register's write-back and linefill disable bits set: l2c_set_debug(0x03). */
  OUTER_DEBUG_ON("outer_debug_on", Actor.CPU, null, null),
  /** The PL310 debug register cleared again: l2c_set_debug(0x00). */
  OUTER_DEBUG_OFF("outer_debug_off", Actor.CPU, null, null),
  DMA_READ("dma_read", Actor.DEVICE, ResourceKind.LINE, null),
  DMA_WRITE("dma_write", Actor.DEVICE, ResourceKind.LINE, null),
  SIGNAL("signal", Actor.ANY, ResourceKind.FLAG, null),
  /** Takes a flag back (memblock_remove() of what was added, a feature turned off). */
  CLEAR("clear", Actor.ANY, ResourceKind.FLAG, null),
  WAIT("wait", Actor.ANY, ResourceKind.FLAG, null),
  /**
   * Waits like {@code wait}, but idle: a CPU parked in the firmware's holding pen is not stuck
   * waiting for anyone's progress, so staying parked for ever is no deadlock.
   */
  PARK("park", Actor.CPU, ResourceKind.FLAG, null),
  /** An assertion violation unless the flag is signalled now. */
  ASSERT("assert", Actor.ANY, ResourceKind.FLAG, null),
  ASSERT_IRQS_ENABLED("assert_irqs_enabled", Actor.CPU, null, null),
  ASSERT_HOLDS("assert_holds", Actor.CPU, ResourceKind.LOCK, null),
  /**
   * A store that signals the flag by way of this CPU's store buffer: other CPUs and devices see it
   * only once a barrier or the buffer itself drains it (this CPU sees it at once).
   */
  POST("post", Actor.CPU, ResourceKind.FLAG, null),
  /**
   * A normal non-cacheable store (coherent DMA memory) that signals the flag by way of the outer
   * cache's store buffer: the CPUs, whose reads go through the outer cache, see it at once; a
   * device, reading memory, only once a wmb() or the buffer itself drains it.
   */
  POST_NC("post_nc", Actor.CPU, ResourceKind.FLAG, null),
  /** smp_mb() (dmb ish): the stores before it become visible; this CPU's store buffer drains. */
  DMB("dmb", Actor.CPU, null, null),
  /**
   * A DMB of a core with erratum 742230: it may not order the stores around it, so it drains
   * nothing and this CPU's store buffer may make a later store visible before an earlier one.
   */
  DMB_FAULTY("dmb_faulty", Actor.CPU, null, null),
  /** wmb() (dsb st, then outer_sync()): this CPU's store buffer and the outer cache's drain. */
  WMB("wmb", Actor.CPU, null, null),
  /**
   * A CPU's store buffer draining by itself, as on a core without an erratum against it: whenever
   * it holds a store of the flag, that store becomes visible. It runs for ever, so it never
   * finishes; one such process per flag lets the buffer drain its stores in any order, as ARM's
   * weakly ordered memory lets it where no barrier orders them.
   */
  DRAIN("drain", Actor.HARDWARE, ResourceKind.FLAG, null),
  /** The outer cache's store buffer draining by itself, like {@code drain}, for devices to see. */
  OUTER_DRAIN("outer_drain", Actor.DEVICE, ResourceKind.FLAG, null);

  /** Who may run an operation. */
  public enum Actor {
    CPU,
    DEVICE,
    /** A CPU's own hardware, in a process {@code on cpu N hardware}. */
    HARDWARE,
    ANY
  }

  private final String keyword;
  private final Actor actor;
  private final ResourceKind operand;
  private final ResourceKind target;
  private final boolean targetOptional;

  OpKind(String keyword, Actor actor, ResourceKind operand, ResourceKind target) {
    this(keyword, actor, operand, target, false);
  }

  OpKind(
      String keyword,
      Actor actor,
      ResourceKind operand,
      ResourceKind target,
      boolean targetOptional) {
    this.keyword = keyword;
    this.actor = actor;
    this.operand = operand;
    this.target = target;
    this.targetOptional = targetOptional;
  }

  public String keyword() {
    return keyword;
  }

  public Actor actor() {
    return actor;
  }

  /** The kind of the operand, or empty for an operation that takes none. */
  public Optional<ResourceKind> operand() {
    return Optional.ofNullable(operand);
  }

  /** The kind of the target after {@code ->}, or empty. */
  public Optional<ResourceKind> target() {
    return Optional.ofNullable(target);
  }

  /** Whether the operation may also be written without its target. */
  public boolean targetOptional() {
    return targetOptional;
  }

  public static Optional<OpKind> byKeyword(String keyword) {
    return Arrays.stream(values()).filter(k -> k.keyword.equals(keyword)).findFirst();
  }
}
