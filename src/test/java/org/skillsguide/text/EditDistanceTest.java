package org.skillsguide.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertEquals(0, EditDistance.bounded("expert", "expert", 2));
        assertEquals(1, EditDistance.bounded("managment", "management", 2));
        assertEquals(1, EditDistance.bounded("senoir", "senior", 2), "a swap of neighbours is one edit");
        assertEquals(1, EditDistance.bounded("expret", "expert", 3), "\"re\" for \"er\" is one swap");
        assertEquals(2, EditDistance.bounded("ekspert", "expert", 3));
    }

    @Test
    void stopsOnceTheLimitIsPassed() {
        assertEquals(3, EditDistance.bounded("architect", "engineer", 2));
        assertEquals(2, EditDistance.bounded("a", "abcdef", 1));
    }
}
