package org.wiretrace.eval.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Process memory figures: peak heap (memory pool peaks), GC totals, peak resident set. */
public final class Memory {

  private Memory() {}

  /**
   * Returns the sum of the heap pools' peak usage since start (or the last reset).
   *
   * @return bytes; an upper bound of the true peak, since pools peak at different times
   */
  public static long peakHeapBytes() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** Resets the heap pools' peaks, so a phase can be measured alone. */
  public static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /**
   * Returns the heap in use now, after asking for a full collection.
   *
   * @return bytes
   */
  public static long liveHeapBytesAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * Returns total collections and collection time over all collectors.
   *
   * @return {count, milliseconds}
   */
  public static long[] gcTotals() {
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    return new long[] {count, millis};
  }

  /**
   * Returns the peak resident set size (VmHWM of /proc/self/status).
   *
   * @return bytes, or -1 where /proc is not available
   */
  public static long peakRssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /**
   * Returns the CPU time of the whole process so far (all threads, native ONNX Runtime work
   * included), user plus system.
   *
   * @return nanoseconds, or -1 where the platform does not say
   */
  public static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }
}
