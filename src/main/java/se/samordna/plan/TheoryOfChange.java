package se.samordna.plan;

import java.util.List;

/**
 * A theory of change (förändringsteori) for a plan period: nodes at six levels in rows per target group,
 * with arrows that run forward, from activities towards long-term societal effects. Read right to left:
 * the effects wanted, then what leads to them.
 */
public record TheoryOfChange(String period, List<String> rows, List<Node> nodes, List<Edge> edges, String reading) {

    /** {@code reading}: how the plan itself says its theory of change is read (null when it does not say). */
    public TheoryOfChange(String period, List<String> rows, List<Node> nodes, List<Edge> edges) {
        this(period, rows, nodes, edges, null);
    }

    /** The same reading instruction over other rows, nodes and arrows. */
    public TheoryOfChange with(List<String> changedRows, List<Node> changedNodes, List<Edge> changedEdges) {
        return new TheoryOfChange(period, changedRows, changedNodes, changedEdges, reading);
    }

    public enum Level {
        ACTIVITY, OUTPUT, SHORT_TERM, MEDIUM_TERM, EFFECT, LONG_TERM
    }

    public record Node(String id, Level level, String row, String text) {
    }

    public record Edge(String from, String to) {
    }

    public static TheoryOfChange empty() {
        return new TheoryOfChange(null, List.of(), List.of(), List.of());
    }

    public java.util.Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
