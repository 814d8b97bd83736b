package org.netboxauto.cli;

/** The process exit codes of every command. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Something failed at run time: a peer, the store, a write. */
    public static final int FAILURE = 1;
    /** The command line or the configuration is wrong. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
