/**
 * The stack's floor for the start-up benchmark: the smallest application that uses what PartyTrack's stack requires —
 * a PostgreSQL datasource, one JPA entity, CDI, one JAX-RS resource and one PrimeFaces page — deployed by the same
 * launcher as PartyTrack (embedded PostgreSQL, JVM options, class-data sharing). Its start-up is what the fixed stack
 * costs before any of PartyTrack's own code (BENCHMARKS.md, "Start-up"). The benchmark measures it with
 * every start-up measurement; {@code --no-floor} skips it.
 */
package vn.partytrack.bench.floor;
