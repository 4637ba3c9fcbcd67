/**
 * Evaluates the analyzer and two baselines on the held-out test split ({@link
 * io.invitecheck.corpus.eval.Evaluator}, {@link io.invitecheck.corpus.eval.EvalReport}).
 */
package io.invitecheck.corpus.eval;
