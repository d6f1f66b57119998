package org.skillsguide.framework;

import java.util.List;

/** A family of roles, e.g. "Data" or "IT operations". */
public record Family(String name, List<Role> roles) {

    public Family {
        roles = List.copyOf(roles);
    }
}
