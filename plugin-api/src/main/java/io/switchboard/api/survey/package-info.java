/**
 * The survey SPI: a {@link io.switchboard.api.survey.SurveyType} defines a question, its
 * scale, how a customer's reply is read as an answer, and the score over many answers. The
 * host sends requests, stores answers and reports scores.
 *
 * @since 1.0
 */
package io.switchboard.api.survey;
