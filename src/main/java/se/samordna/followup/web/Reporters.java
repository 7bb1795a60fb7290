package se.samordna.followup.web;

import se.samordna.shared.UserId;
import se.samordna.shared.InitiativeId;
import se.samordna.shared.AssociationId;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samordna.plan.Initiative;
import se.samordna.plan.Plans;
import se.samordna.identity.UserDirectory;
import se.samordna.initiative.InitiativeRecords;
import se.samordna.shared.ForbiddenException;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * Who may reach an initiative's participant records: only the people assigned as its reporters. The tenant guard
 * has already admitted only INITIATIVE_REPORTERs of the association; this narrows it to the initiative.
 */
@Component
class Reporters {

    private final Plans plans;
    private final InitiativeRecords records;
    private final UserDirectory directory;

    Reporters(Plans plans, InitiativeRecords records, UserDirectory directory) {
        this.plans = plans;
        this.records = records;
        this.directory = directory;
    }

    Initiative requireInitiative(AssociationId associationId, String initiativeId) {
        return plans.get(associationId).plan().initiative(InitiativeId.of(initiativeId)).orElseThrow(() -> new NotFoundException(Text.of("error.insatsenFinnsInte")));
    }

    /** The initiative, when the signed-in person is one of its reporters; 403 otherwise. */
    Initiative require(AssociationId associationId, String initiativeId) {
        Initiative initiative = requireInitiative(associationId, initiativeId);
        UUID user = directory.currentUser().orElseThrow(() -> new ForbiddenException(Text.of("error.inloggningKravs"))).id();
        if (!records.isReporter(associationId, InitiativeId.of(initiativeId), UserId.of(user))) {
            throw new ForbiddenException(Text.of("error.baraInsatsensDeltagarrapportorerNarDeltagaruppgifterna"));
        }
        return initiative;
    }

    /** Everyone who reports for the initiative, shown to each of them: an assignment nobody else sees cannot hide. */
    java.util.List<InitiativeRecords.Reporter> of(AssociationId associationId, String initiativeId) {
        return records.reporters(associationId, InitiativeId.of(initiativeId));
    }
}
