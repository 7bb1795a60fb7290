package se.samordna.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void oneRuleForParticipantsAndSurveysWhatDiffersIsWhatAFigureGivesAway() {
        // The rule: the group and every part the figure gives away are none or at least the threshold.
        assertThat(Suppression.shown(20, 5)).isTrue();
        assertThat(Suppression.shown(4, 5)).isFalse();
        assertThat(Suppression.shown(0, 5)).as("no one is given away by a group of none").isTrue();
        assertThat(Suppression.shown(20, 5, 16, 4)).as("4 is a part given away").isFalse();
        assertThat(Suppression.shown(20, 5, 20, 0)).isTrue();
        // 16 of 20: participants' exits to work give away the 4 without (known people), so the share is hidden; 16 of
        // 20 survey answers agreeing give away no one (answers are anonymous), so Klarälvdalen's 80 % shows.
        assertThat(Suppression.share(16, 20, 5)).isNull();
        assertThat(Suppression.answerShare(16, 20, 5)).isEqualByComparingTo("80.0");
        // Both follow the same group size: four answers or four exits show nothing.
        assertThat(Suppression.answerShare(4, 4, 5)).isNull();
        assertThat(Suppression.share(4, 4, 5)).isNull();
        // And the same complement: one sex hidden beside a shown total hides the other, for counts and answers.
        assertThat(Suppression.counts(3, 10, 5).men().hidden()).isTrue();
        assertThat(Suppression.answerShares(2, 3, 8, 10, true, 5)).isEqualTo(new Suppression.AnswerShares(null, null));
    }

    @Test
    void hidesSmallCountsAndTheCellThatWouldRevealThem() {
        Suppression.Row row = Suppression.counts(3, 10, 5);
        assertThat(row.women().hidden()).isTrue();
        assertThat(row.men().hidden()).as("10 − 3 would be worked out from the total").isTrue();
        assertThat(row.total().value()).isEqualTo(13);

        assertThat(Suppression.counts(0, 10, 5)).isEqualTo(new Suppression.Row(new Suppression.Cell(0), new Suppression.Cell(10), new Suppression.Cell(10)));
        assertThat(Suppression.counts(2, 2, 5).total().hidden()).isTrue();
        assertThat(Suppression.counts(7, 9, 5).women().value()).isEqualTo(7);
    }

    @Test
    void hidesAShareWhoseNumeratorOrRestIsSmall() {
        assertThat(Suppression.share(9, 20, 5)).isEqualTo(45.0);
        assertThat(Suppression.share(3, 20, 5)).isNull();
        assertThat(Suppression.share(18, 20, 5)).as("2 did not").isNull();
        assertThat(Suppression.share(4, 4, 5)).isNull();
    }

    @Test
    void hidesTheOtherSexsShareWhenTheTotalWouldRevealAHiddenOne() {
        // 3 of 10 women and 12 of 20 men left for work: with 60 % of 20 men and 50 % of 30 in total shown, the
        // women's hidden 3 would be 15 − 12. Only the total is shown.
        assertThat(Suppression.shares(3, 10, 12, 20, 5)).isEqualTo(new Suppression.Shares(null, null, 50.0));
        assertThat(Suppression.shares(12, 20, 14, 20, 5)).isEqualTo(new Suppression.Shares(60.0, 70.0, 65.0));
        assertThat(Suppression.shares(6, 10, 7, 10, 5)).as("3 men did not: hidden, so the women too").isEqualTo(new Suppression.Shares(null, null, 65.0));
        assertThat(Suppression.shares(3, 10, 2, 10, 5)).as("both hidden: the total alone reveals neither")
                .isEqualTo(new Suppression.Shares(null, null, 25.0));
        assertThat(Suppression.shares(0, 0, 12, 20, 5)).as("no women left: nothing to hide").isEqualTo(new Suppression.Shares(null, 60.0, 60.0));
    }

    @Test
    void hidesASecondInitiativeWhenOnlyOnesShareIsHiddenAndTheWholeIsShown() {
        java.util.List<Double> shares = java.util.Arrays.asList(60.0, null, 50.0);
        assertThat(Suppression.complementAcross(shares, java.util.List.of(25, 3, 12), true)).containsExactly(60.0, null, null);
        assertThat(Suppression.complementAcross(shares, java.util.List.of(25, 3, 12), false)).as("the whole hidden: nothing to work out from")
                .containsExactly(60.0, null, 50.0);
        assertThat(Suppression.complementAcross(java.util.Arrays.asList(60.0, null, null), java.util.List.of(25, 3, 2), true))
                .as("two hidden already").containsExactly(60.0, null, null);
    }

    @Test
    void hidesASecondInitiativesCountWhenTheAssociationsTotalWouldRevealAHiddenOne() {
        assertThat(Suppression.countsAcross(java.util.List.of(25, 3, 12, 0), true, 5)).containsExactly(25, null, null, 0);
        assertThat(Suppression.countsAcross(java.util.List.of(25, 3, 12), false, 5)).containsExactly(25, null, 12);
        assertThat(Suppression.countsAcross(java.util.List.of(25, 12), true, 5)).containsExactly(25, 12);
    }

    @Test
    void refusesCodesThatLookLikePersonalIdentityNumbers() {
        for (String code : new String[]{"850101-1234", "198501011234", "850101", "RH-850101"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParticipantRecords.validate(new ParticipantFollowUp.RecordInput(code, "WOMAN",
                    "20-24", null, null, null, java.time.LocalDate.of(2025, 1, 1), null, null, null, null)))
                    .hasMessageContaining("personnummer");
        }
        ParticipantRecords.validate(new ParticipantFollowUp.RecordInput("RH-017", "WOMAN", "20-24", "1783", null, null,
                java.time.LocalDate.of(2025, 1, 1), null, null, null, null));
    }

    @Test
    void surveyAnswersAreHiddenByTheSizeOfTheGroupThatAnsweredNotBySmallSplits() {
        // 16 of 20 agree: shown, though 4 disagreed (answers are anonymous; a count of people with an outcome would hide it).
        assertThat(Suppression.answerShare(16, 20, 5)).isEqualByComparingTo("80.0");
        assertThat(Suppression.share(16, 20, 5)).isNull();
        assertThat(Suppression.answerShare(3, 4, 5)).isNull();
        assertThat(Suppression.answerShare(0, 0, 5)).isNull();
        // 12 women and 6 men: both shown; 4 women and 6 men beside a shown total: the women hidden, so the men too.
        Suppression.AnswerShares both = Suppression.answerShares(10, 12, 4, 6, true, 5);
        assertThat(both.women()).isEqualByComparingTo("83.3");
        assertThat(both.men()).isEqualByComparingTo("66.7");
        Suppression.AnswerShares oneHidden = Suppression.answerShares(2, 4, 2, 6, true, 5);
        assertThat(oneHidden.women()).isNull();
        assertThat(oneHidden.men()).isNull();
        // Only men answered: nothing of the women to give away.
        assertThat(Suppression.answerShares(0, 0, 4, 6, true, 5).men()).isEqualByComparingTo("66.7");
    }
}
