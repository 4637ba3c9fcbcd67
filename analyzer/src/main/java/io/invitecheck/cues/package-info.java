/**
 * Stage 2b: risk cues. One {@link io.invitecheck.cues.CueDetector} per {@link
 * io.invitecheck.report.ReasonCode}, all listed in {@link
 * io.invitecheck.cues.CueDetectors#standard()}.
 *
 * <p>Every detector is stateless and thread-safe, reports only its own code with the code's default
 * severity (the risk stage applies configured severities, switches and {@code neverFlag}), and
 * carries examples that one generic test runs. A reason on words is made with {@link
 * io.invitecheck.report.Reason#at} and its span is the exact text in the original note; a reason
 * about the whole draft (empty note, resend, language, missing personalization) with {@link
 * io.invitecheck.report.Reason#about}.
 *
 * <p>Phrase lists go through {@link io.invitecheck.nlp.PhraseMatcher}; the few regular expressions
 * have bounded or possessive repetition only, so hostile input (long runs of one character) stays
 * linear. {@code no_personalization}, {@code no_reason_to_connect}, {@code generic_flattery} and
 * {@code no_common_ground} read the personalization signals in the input; the others read the note
 * and the draft only.
 */
package io.invitecheck.cues;
