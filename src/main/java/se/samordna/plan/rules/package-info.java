/**
 * Internal to the plan module: the calculator that applies the money rules, each rule of the plan as one class named
 * after it (a named policy where it is a money rule, with the check that reports against it), the edits that keep the
 * budget whole when an initiative is granted. Other modules read a plan's figures through
 * {@link se.samordna.plan.PlanFigures} and its findings through {@link se.samordna.plan.PlanReport}.
 */
package se.samordna.plan.rules;
