/**
 * Trains the note classifier and fits its calibration on the train split ({@link
 * io.invitecheck.corpus.train.Training}, {@link io.invitecheck.corpus.train.TrainClassifier}).
 */
package io.invitecheck.corpus.train;
