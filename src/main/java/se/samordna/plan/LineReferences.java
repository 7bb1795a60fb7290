package se.samordna.plan;

import se.samordna.shared.LineId;
import java.util.List;
import java.util.UUID;

import se.samordna.shared.AssociationId;
import se.samordna.shared.PlanId;
import se.samordna.shared.Text;

/**
 * What other capabilities keep about a budget line, by its id (the books' account rules, say). Asked before a line is
 * removed, so the director is told what would lose its line and confirms first; a rename needs no asking, since
 * everything refers to the line by its id.
 */
public interface LineReferences {

    /** What refers to the line, each as a sentence for the director; empty when nothing does. */
    List<Text> referencesTo(AssociationId associationId, LineId lineId);

    /** The ids of every line something refers to (the budget page asks for a confirmation on their rows). */
    java.util.Set<String> referencedLines(AssociationId associationId);
}
