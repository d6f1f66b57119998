package org.skillsguide.framework.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LadderOrderTest {

    @Test
    void ordersLadderWordsFromApprenticeToChief() {
        assertEquals(List.of("Apprentice widget engineer", "Trainee widget engineer", "Junior widget engineer",
                        "Associate widget engineer", "Widget engineer", "Senior widget engineer",
                        "Lead widget engineer", "Principal widget engineer", "Head of widget engineering",
                        "Chief widget engineer"),
                LadderOrder.sort("Widget engineer", List.of("Associate widget engineer", "Chief widget engineer",
                        "Head of widget engineering", "Junior widget engineer", "Lead widget engineer",
                        "Principal widget engineer", "Senior widget engineer", "Trainee widget engineer",
                        "Apprentice widget engineer", "Widget engineer")));
    }

    @Test
    void placesManagementVariantJustAfterItsLevel() {
        assertEquals(List.of("Builder", "Senior builder", "Senior builder - management", "Lead builder",
                        "Lead builder - management"),
                LadderOrder.sort("Widget builder", List.of("Builder", "Lead builder", "Lead builder - management",
                        "Senior builder", "Senior builder - management")));
    }

    @Test
    void putsAnalystsBeforeManagersBeforeHeads() {
        assertEquals(List.of("Widget desk analyst", "Senior widget desk analyst", "Widget desk manager",
                        "Head of widget desk"),
                LadderOrder.sort("Widget desk manager", List.of("Head of widget desk", "Senior widget desk analyst",
                        "Widget desk analyst", "Widget desk manager")));
        assertEquals(List.of("Widget watch analyst", "Senior widget watch analyst", "Widget control manager",
                        "Head of widget command"),
                LadderOrder.sort("Widget command manager", List.of("Head of widget command",
                        "Widget control manager", "Widget watch analyst", "Senior widget watch analyst")));
    }

    @Test
    void readsLadderWordsAnywhereInTheName() {
        assertEquals(List.of("Widget ethics lead", "Head of widget ethics"),
                LadderOrder.sort("Widget ethicist", List.of("Head of widget ethics", "Widget ethics lead")));
    }

    @Test
    void keepsTheDataOrderForTies() {
        assertEquals(List.of("Release analyst", "Configuration analyst", "Release manager"),
                LadderOrder.sort("Release manager",
                        List.of("Release analyst", "Release manager", "Configuration analyst")));
        assertEquals(List.of("Widget fixer", "Major widget fixer"),
                LadderOrder.sort("Widget fixer", List.of("Widget fixer", "Major widget fixer")));
    }
}
