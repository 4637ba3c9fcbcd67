/**
 * Stage 2a: personalization signals. One {@link io.invitecheck.signals.SignalDetector} per {@link
 * io.invitecheck.report.SignalType}, run in that order by {@link
 * io.invitecheck.signals.SignalDetectors#standard()}.
 *
 * <p>Every detector works the same way: it finds the signal from the note alone (a phrase list
 * matched with {@link io.invitecheck.nlp.PhraseMatcher}, then the tokens, tags and lemmas of the
 * {@link io.invitecheck.nlp.AnalyzedNote} for the name, object or topic), then checks it against
 * the profiles and context of the draft. A signal a profile confirms has {@code confirmed=true} and
 * evidence naming the field and value ("matches recipient.achievements 'Promoted to VP Engineering
 * at Plaid'"); a signal found from the note alone has {@code confirmed=false} and evidence naming
 * the phrase; a signal the known profile contradicts is not reported. Spans cover the words that
 * make the signal, in offsets of the original note.
 *
 * <p>Misses are preferred to false alarms: generic flattery ("I saw your profile"), a bare
 * "congrats", "let's connect" or "expand my network" give no signal.
 *
 * <p>{@link io.invitecheck.signals.Greeting} (the greeted name) and {@link
 * io.invitecheck.signals.PersonNames} (name comparison) are shared with the {@code name_mismatch}
 * cue. All classes here are stateless and thread-safe.
 */
package io.invitecheck.signals;
