package org.netboxauto.core.push;

/** What an action does to NetBox. FIND writes nothing: it looks up an object NetBox creates by itself. */
public enum ActionVerb {
    CREATE, UPDATE, FIND, DELETE;

    public boolean writes() {
        return this != FIND;
    }
}
