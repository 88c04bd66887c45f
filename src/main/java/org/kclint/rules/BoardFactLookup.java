package org.kclint.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.kclint.board.BoardFacts;
import org.kclint.board.FactValue;

/**
 * A board's facts as rule conditions read them: booleans are tristates (y/n), integers are numbers,
 * texts are strings; a fact the board does not establish stays unknown.
 */
public final class BoardFactLookup implements Facts {
  private final BoardFacts facts;

  public BoardFactLookup(BoardFacts facts) {
    this.facts = facts;
  }

  @Override
  public Optional<RuleValue> fact(String name) {
    return facts.fact(name).map(BoardFactLookup::value);
  }

  @Override
  public List<Facts> clusters() {
    ImmutableList<BoardFacts> views = facts.clusters();
    return views.size() == 1 && views.get(0) == facts
        ? List.of(this)
        : views.stream().<Facts>map(BoardFactLookup::new).toList();
  }

  private static RuleValue value(FactValue v) {
    if (v instanceof FactValue.Bool b) {
      return RuleValue.of(b.value());
    }
    if (v instanceof FactValue.Int i) {
      return new RuleValue.Num(i.value());
    }
    return new RuleValue.Str(((FactValue.Text) v).value());
  }
}
