/**
 * The sandboxed facade over the Symja computer algebra system: time-limited calls, explicit
 * assumptions, an allow-list of functions, and results that say DONE, TIMEOUT or UNKNOWN. Symja's
 * types never leave this package. A call returns within its limit plus 0.5 s: Symja refuses integers
 * above 2^20 bits, and a worker that ignores the stop request is stopped (Thread.stop) and, failing
 * that, abandoned, so no worker outlives its call.
 *
 * <p>Legend: {@code hv$k} is the Symja symbol of the k-th hdae variable of a call.
 */
package hdae.symbolic.cas;
