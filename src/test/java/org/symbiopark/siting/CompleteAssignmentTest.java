package org.symbiopark.siting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompleteAssignmentTest {

    @Test
    void anAssignmentThatNeedsAnAugmentingPathIsFound() {
        // greedy puts item 0 on location 0; item 1 can only go there, so item 0 must move to 1
        boolean[][] allowed = {{true, true}, {true, false}};
        assertThat(CompleteAssignment.check(allowed, 2)).isEmpty();
    }

    @Test
    void theShortageIsTheHallSetReachedByAlternatingPaths() {
        // items 0–2 share locations 0 and 1; item 3 has its own location 2 and is not to blame
        boolean[][] allowed = {
            {true, false, false},
            {true, true, false},
            {false, true, false},
            {false, false, true}};
        CompleteAssignment.Shortage shortage = CompleteAssignment.check(allowed, 3).orElseThrow();
        assertThat(shortage.items()).containsExactly(0, 1, 2);
        assertThat(shortage.locations()).containsExactly(0, 1);
    }

    @Test
    void anItemWithNoLocationIsAShortageOfOne() {
        boolean[][] allowed = {{false, false}, {true, true}};
        CompleteAssignment.Shortage shortage = CompleteAssignment.check(allowed, 2).orElseThrow();
        assertThat(shortage.items()).containsExactly(0);
        assertThat(shortage.locations()).isEmpty();
    }
}
