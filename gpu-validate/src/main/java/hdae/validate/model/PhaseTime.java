package hdae.validate.model;

/**
 * The time one phase of a run took (training, an attack, a certificate): wall-clock and the CPU time of the thread
 * that ran it, both in milliseconds. With {@code OMP_NUM_THREADS=1} ND4J's native code runs on that thread, so the
 * CPU time is the phase's whole cost; with more OpenMP threads theirs is not counted.
 *
 * @param phase      what ran
 * @param wallMillis wall-clock milliseconds
 * @param cpuMillis  CPU milliseconds of the running thread
 */
public record PhaseTime(String phase, long wallMillis, long cpuMillis) {
}
