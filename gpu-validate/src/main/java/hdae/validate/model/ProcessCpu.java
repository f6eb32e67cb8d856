package hdae.validate.model;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * The CPU time of this whole process: every thread, ND4J's native threads and the JVM's compiler and collector
 * included. On a shared machine the wall time of a task grows with the load; its CPU time much less.
 */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** @return the CPU time this process has used so far, in nanoseconds */
    public static long nanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
