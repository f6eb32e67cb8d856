/**
 * The sandboxed facade over the Symja computer algebra system: time-limited calls, explicit
 * assumptions, an allow-list of functions, and results that say DONE, TIMEOUT or UNKNOWN. Symja's
 * types never leave this package.
 *
 * <p>Legend: {@code hv$k} is the Symja symbol of the k-th hdae variable of a call.
 */
package hdae.symbolic.cas;
