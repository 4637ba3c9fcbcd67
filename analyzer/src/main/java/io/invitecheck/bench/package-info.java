/**
 * The measuring instrument behind {@code invitecheck bench}: a deterministic generator of realistic
 * drafts ({@link io.invitecheck.bench.DraftGenerator}, three {@link io.invitecheck.bench.Workload}s
 * built from the labeled corpus), the latency and throughput measurements, the machine and JVM
 * description, and the text and JSON forms of a result. It uses only the analyzer's public API
 * ({@link io.invitecheck.InviteAnalyzer}, the draft records, the corpus reader and the HTTP
 * server); the command itself is {@code io.invitecheck.cli.BenchCommand}.
 */
package io.invitecheck.bench;
