package org.skillsguide;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillsguide.answer.AnswerEngine;
import org.skillsguide.framework.Family;
import org.skillsguide.framework.Framework;
import org.skillsguide.framework.Role;
import org.skillsguide.framework.RoleLevel;
import org.skillsguide.framework.Skill;
import org.skillsguide.framework.SkillLevel;
import org.skillsguide.framework.SkillRequirement;
import org.skillsguide.search.FrameworkIndex;
import org.skillsguide.search.Synonyms;

/** A small framework written for tests, with known names and statements. */
public final class Fixtures {

    public static final String SYNONYMS = """
            itsm, it service management
            devops, development operations
            ml, machine learning
            organisation, organization
            """;

    private Fixtures() {}

    public static Framework framework() {
        RoleLevel headItsm = level("Head of IT service management", "IT service manager", "IT operations",
                "Sets the vision and strategy for service management.",
                List.of("lead a team, ensuring adequate resources and capacity", "represent the function at a senior level"),
                List.of(need("Strategic thinking", SkillLevel.EXPERT, "lead the design of strategy"),
                        need("Stakeholder relationship management", SkillLevel.EXPERT, "manage long-term relationships")));
        RoleLevel itsm = level("IT service manager", "IT service manager", "IT operations",
                "Manages service delivery.", List.of("manage the service desk team"),
                List.of(need("Strategic thinking", SkillLevel.PRACTITIONER, "apply strategy to services")));
        RoleLevel dataEngineer = level("Data engineer", "Data engineer", "Data", "Builds data pipelines.",
                List.of("build data pipelines"), List.of(need("Data modelling", SkillLevel.WORKING, "model data")));
        RoleLevel seniorDataEngineer = level("Senior data engineer", "Data engineer", "Data", "Leads pipeline work.",
                List.of("build data pipelines", "mentor data engineers"),
                List.of(need("Data modelling", SkillLevel.PRACTITIONER, "model complex data"),
                        need("Strategic thinking", SkillLevel.WORKING, "think ahead")));
        RoleLevel leadDataEngineer = level("Lead data engineer", "Data engineer", "Data", "Leads data engineering.",
                List.of("set technical direction"),
                List.of(need("Data modelling", SkillLevel.EXPERT, "set modelling standards"),
                        need("Stakeholder relationship management", SkillLevel.PRACTITIONER, "manage stakeholders")));
        RoleLevel leadDeveloper = level("Lead developer", "Software developer", "Software development",
                "Leads developers.", List.of("lead code reviews"), List.of());
        RoleLevel leadDeveloperManagement = level("Lead developer - management", "Software developer",
                "Software development", "Leads and manages developers.", List.of("line manage developers"), List.of());
        RoleLevel mlEngineer = level("Senior machine learning engineer", "Machine learning engineer", "Data",
                "Builds machine learning systems.", List.of("deploy models"), List.of());
        return new Framework(
                List.of(
                        new Family("IT operations", List.of(new Role("IT service manager", "IT operations",
                                "IT service managers manage the delivery of ICT services.", List.of(itsm, headItsm)))),
                        new Family("Data", List.of(
                                new Role("Data engineer", "Data", "Data engineers build pipelines.",
                                        List.of(dataEngineer, seniorDataEngineer, leadDataEngineer)),
                                new Role("Machine learning engineer", "Data", "", List.of(mlEngineer)))),
                        new Family("Software development", List.of(new Role("Software developer",
                                "Software development", "Developers write software.",
                                List.of(leadDeveloper, leadDeveloperManagement))))),
                List.of(
                        new Skill("Data modelling", "Data modelling involves describing data.",
                                Map.of(SkillLevel.WORKING, List.of("model data"), SkillLevel.EXPERT, List.of("set standards"))),
                        new Skill("Stakeholder relationship management", "Managing stakeholders.",
                                Map.of(SkillLevel.PRACTITIONER, List.of("manage stakeholders"))),
                        new Skill("Strategic thinking", "Strategic thinking is seeing the big picture.",
                                Map.of(SkillLevel.AWARENESS, List.of("understand strategy"),
                                        SkillLevel.EXPERT, List.of("lead the design of strategy")))));
    }

    public static FrameworkIndex index() {
        return FrameworkIndex.build(framework(), Synonyms.parse(SYNONYMS, "synonyms.txt"));
    }

    public static AnswerEngine engine() {
        return new AnswerEngine(index());
    }

    private static RoleLevel level(String name, String role, String family, String description,
            List<String> responsibilities, List<SkillRequirement> skills) {
        return new RoleLevel(name, role, family, description, responsibilities, skills);
    }

    private static SkillRequirement need(String skill, SkillLevel level, String expectation) {
        return new SkillRequirement(skill, Optional.of(level), List.of(expectation));
    }
}
